import { Badge, Button, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReportSummary } from '../../../../../shared/api/indicator-reports';
import { parsePeriod, periodLabel } from '../../../../../shared/indicators/periods';
import { formatDate, formatDateTime } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { ReportStatusBadge } from '../report-status-badge';

/** Reports with their form, unit, period, status (late marked) and last change. */
export function ReportsTable({ items }: { items: ReportSummary[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('indicatorReports.list.unit')}</Table.Th>
            <Table.Th>{t('indicatorReports.list.form')}</Table.Th>
            <Table.Th>{t('indicatorReports.list.period')}</Table.Th>
            <Table.Th>{t('indicatorReports.list.status')}</Table.Th>
            <Table.Th>{t('indicatorReports.list.due')}</Table.Th>
            <Table.Th>{t('indicatorReports.list.updated')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const period = parsePeriod(r.period);
            return (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Text size="sm" fw={500}>{r.unitName}</Text>
                  <Text size="xs" c="dimmed">{t(`indicatorReports.unitKind.${r.unitKind}`)}</Text>
                </Table.Td>
                <Table.Td>{r.formName}</Table.Td>
                <Table.Td>{period ? periodLabel(period) : r.period}</Table.Td>
                <Table.Td>
                  <ReportStatusBadge status={r.status} />
                  {r.late && (
                    <Badge color="red" variant="outline" ml={4}>
                      {t('indicatorReports.late')}
                    </Badge>
                  )}
                  {r.status === 'returned' && r.lastReason && (
                    <Text size="xs" c="orange.8" lineClamp={2}>
                      {t('indicatorReports.list.reason', { reason: r.lastReason })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(r.dueDate)}</Table.Td>
                <Table.Td>{formatDateTime(r.updatedAt)}</Table.Td>
                <Table.Td>
                  <Button component={Link} to={`/indicators/reports/${r.id}`} size="xs" variant="light" aria-label={`${t('indicatorReports.list.open')}: ${r.unitName} — ${r.formName} — ${period ? periodLabel(period) : r.period}`}>
                    {t('indicatorReports.list.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
