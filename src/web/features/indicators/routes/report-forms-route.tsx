import { Badge, Button, Container, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { ReportForm } from '../../../../shared/api/indicators';
import { EmptyNotice } from '../../../components/empty-notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useCan } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { useAllIndicators } from '../api/list-indicators';
import { useReportForms } from '../api/report-forms';
import { firstDeadline } from '../components/form-deadline';
import { FormEditor } from '../components/form-editor';

/** Biểu mẫu báo cáo: what each level reports, how often and by when; national administrators change them. */
export function ReportFormsRoute() {
  const t = useT();
  const canEdit = useCan('indicators.catalogue');
  const forms = useReportForms();
  const indicators = useAllIndicators();
  const [editing, setEditing] = useState<{ form: ReportForm | null } | null>(null);

  const deadlineText = (f: ReportForm) => {
    const date = firstDeadline(f.frequency, f.deadlineDays);
    if (f.frequency === 'quarter') return t('indicators.forms.deadlineQuarterly', { date });
    if (f.frequency === 'month') return t('indicators.forms.deadlineMonthly', { date });
    return t('indicators.forms.deadline', { date });
  };

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('indicators.forms.title')}
        description={t('indicators.forms.description')}
        actions={canEdit && <Button onClick={() => setEditing({ form: null })}>{t('indicators.forms.create')}</Button>}
      />
      <Paper withBorder p="md" radius="md">
        {forms.isPending ? (
          <PageLoader />
        ) : forms.isError ? (
          <ProblemAlert error={forms.error} onRetry={() => void forms.refetch()} />
        ) : forms.data.items.length === 0 ? (
          <EmptyNotice
            title={t('indicators.forms.empty')}
            description={t('indicators.forms.emptyHint')}
            action={canEdit && <Button onClick={() => setEditing({ form: null })}>{t('indicators.forms.create')}</Button>}
          />
        ) : (
          <Table.ScrollContainer minWidth={800}>
            <Table highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('indicators.forms.column.code')}</Table.Th>
                  <Table.Th>{t('indicators.forms.column.name')}</Table.Th>
                  <Table.Th>{t('indicators.forms.column.unitKind')}</Table.Th>
                  <Table.Th>{t('indicators.forms.column.frequency')}</Table.Th>
                  <Table.Th>{t('indicators.forms.column.deadline')}</Table.Th>
                  <Table.Th>{t('indicators.forms.column.indicators')}</Table.Th>
                  <Table.Th>{t('indicators.forms.column.active')}</Table.Th>
                  {canEdit && <Table.Th />}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {forms.data.items.map((f) => (
                  <Table.Tr key={f.id}>
                    <Table.Td ff="monospace" fz="sm">
                      {f.code}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{f.name}</Text>
                    </Table.Td>
                    <Table.Td>{t(`indicators.unitKind.${f.unitKind}`)}</Table.Td>
                    <Table.Td>{t(`indicators.frequency.${f.frequency}`)}</Table.Td>
                    <Table.Td>{deadlineText(f)}</Table.Td>
                    <Table.Td>{t('indicators.forms.indicatorCount', { count: f.indicators.length })}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={f.active ? 'green' : 'gray'} tt="none" fw={500}>
            {t(f.active ? 'indicators.active' : 'indicators.inactive')}
          </Badge>
                    </Table.Td>
                    {canEdit && (
                      <Table.Td>
                        <Button size="xs" variant="subtle" onClick={() => setEditing({ form: f })}>
                          {t('indicators.edit')}
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <FormEditor opened={editing !== null} form={editing?.form ?? null} onClose={() => setEditing(null)} indicators={indicators.data ?? []} />
    </Container>
  );
}
