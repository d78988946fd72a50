import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { VisitListItem } from '../../../../shared/api/working-visits';
import { useT } from '../../../lib/use-t';
import { visitDates } from './visit-dates';

/** The list's rows: dates, title with the units visited, province, leading body, and how its items stand. */
export function VisitsTable({ items }: { items: VisitListItem[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('workingVisits.column.dates')}</Table.Th>
            <Table.Th>{t('workingVisits.column.title')}</Table.Th>
            <Table.Th>{t('workingVisits.column.province')}</Table.Th>
            <Table.Th>{t('workingVisits.column.lead')}</Table.Th>
            <Table.Th>{t('workingVisits.column.items')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((v) => (
            <Table.Tr key={v.id} data-testid="visit-row">
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{visitDates(v.startDate, v.endDate)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/follow-up/visits/${v.id}`} fw={500}>
                    {v.title}
                  </Anchor>
                  {v.sample && (
                    <Badge size="xs" variant="outline" color="gray">
                      {t('workingVisits.sample')}
                    </Badge>
                  )}
                </Group>
                {v.visitedUnitNames.length > 0 && (
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {v.visitedUnitNames.join('; ')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{v.provinceName ?? t('workingVisits.national')}</Table.Td>
              <Table.Td>{v.leadOrganisation?.name ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" c={v.overdueCount > 0 ? 'red' : undefined}>
                  {t('workingVisits.items.summary', { count: v.itemCount, open: v.openCount, overdue: v.overdueCount })}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
