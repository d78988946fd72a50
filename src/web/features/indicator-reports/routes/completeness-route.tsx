import { Anchor, Badge, Container, Group, Paper, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { EmptyNotice } from '../../../components/empty-notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useCompleteness } from '../api/get-completeness';
import { useReportForms } from '../api/list-report-forms';
import { openablePeriods, vietnamToday } from '../components/list/period-options';
import { CompletenessMap } from '../components/completeness/completeness-map';
import { ReportStatusBadge } from '../components/report-status-badge';

/** Tình hình nộp báo cáo: per form and period, who has submitted (on time or late) and who is missing. */
export function IndicatorCompletenessRoute() {
  const t = useT();
  const forms = useReportForms();
  const [formId, setFormId] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [province, setProvince] = useState<string | null>(null);
  const form = forms.data?.find((f) => f.id === formId);
  const needsProvince = form && (form.unitKind === 'commune' || form.unitKind === 'agency');
  const query = useCompleteness(formId && period ? { formId, period, ...(province ? { provinceCode: province } : {}) } : null);
  const c = query.data;

  const count = (label: string, value: number, color?: string) => (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} c={color}>{formatNumber(value)}</Text>
    </Paper>
  );

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('indicatorReports.completeness.title')} description={t('indicatorReports.completeness.description')} crumbs={[{ label: t('indicatorReports.report.crumb'), to: '/indicators' }]} />
      <Group mb="md" align="flex-end">
        <Select label={t('indicatorReports.open.form')} data={(forms.data ?? []).map((f) => ({ value: f.id, label: f.name }))} value={formId} onChange={(v) => { setFormId(v); setPeriod(null); }} w={320} />
        <Select label={t('indicatorReports.open.period')} data={form ? openablePeriods(form.frequency, vietnamToday()) : []} value={period} onChange={setPeriod} disabled={!form} />
        {needsProvince && <ProvinceSelect label={t('indicatorReports.filter.province')} value={province} onChange={setProvince} clearable />}
      </Group>
      {needsProvince && !province && <Text size="sm" c="dimmed" mb="sm">{t('indicatorReports.completeness.provinceNeeded')}</Text>}
      {!formId || !period ? (
        <EmptyNotice title={t('indicatorReports.completeness.choose')} />
      ) : query.isPending ? (
        <PageLoader />
      ) : query.error ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : c && c.units.length === 0 ? (
        <EmptyNotice title={t('indicatorReports.completeness.noUnits')} />
      ) : c ? (
        <>
          <Text size="sm" mb="sm">{t('indicatorReports.completeness.due', { date: formatDate(c.dueDate) })}</Text>
          <SimpleGrid cols={{ base: 2, md: 5 }} mb="md" data-testid="completeness-counts">
            {count(t('indicatorReports.completeness.expected'), c.counts.expected)}
            {count(t('indicatorReports.completeness.onTime'), c.counts.onTime, 'teal')}
            {count(t('indicatorReports.completeness.late'), c.counts.late, 'orange')}
            {count(t('indicatorReports.completeness.missing'), c.counts.missing, 'red')}
            {count(t('indicatorReports.completeness.approved'), c.counts.approved, 'teal')}
          </SimpleGrid>
          {c.units.every((u) => u.unitKind === 'province') && <CompletenessMap completeness={c} fileName={`tinh-hinh-nop-bao-cao-${c.period}`} />}
          <Table striped withTableBorder mt="md">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('indicatorReports.completeness.unit')}</Table.Th>
                <Table.Th>{t('indicatorReports.completeness.status')}</Table.Th>
                <Table.Th>{t('indicatorReports.completeness.submittedAt')}</Table.Th>
                <Table.Th>{t('indicatorReports.completeness.timeliness')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.units.map((u) => (
                <Table.Tr key={`${u.unitKind}:${u.unitCode}`}>
                  <Table.Td>{u.reportId ? <Anchor component={Link} to={`/indicators/reports/${u.reportId}`}>{u.unitName}</Anchor> : u.unitName}</Table.Td>
                  <Table.Td><ReportStatusBadge status={u.status} /></Table.Td>
                  <Table.Td>{formatDateTime(u.submittedAt)}</Table.Td>
                  <Table.Td>
                    {u.onTime === null ? '' : u.onTime ? <Badge color="teal" variant="light">{t('indicatorReports.completeness.onTime')}</Badge> : <Badge color="orange" variant="light">{t('indicatorReports.late')}</Badge>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      ) : null}
    </Container>
  );
}
