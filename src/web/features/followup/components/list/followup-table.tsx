import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { FollowupListItem } from '../../../../../shared/api/followup';
import { formatDate } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { DueFlags } from '../due-flags';
import { KindBadge } from '../kind-badge';
import { RollupBar } from '../rollup-bar';
import { StatusBadge } from '../status-badge';

const nowrap = { whiteSpace: 'nowrap' } as const;

/** The items, one line each: what is to be done (clamped to two lines), who leads, where, by when, and how it stands. */
export function FollowupTable({ items }: { items: FollowupListItem[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="var(--mantine-color-body)" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('followup.column.item')}</Table.Th>
            <Table.Th w={210}>{t('followup.column.lead')}</Table.Th>
            <Table.Th w={130}>{t('followup.column.province')}</Table.Th>
            <Table.Th w={100} style={nowrap}>
              {t('followup.column.due')}
            </Table.Th>
            <Table.Th w={170}>{t('followup.column.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-testid="followup-row">
              <Table.Td>
                <Group gap={6} mb={4} wrap="wrap">
                  <KindBadge kind={item.kind} />
                  {item.reference && (
                    <Text size="xs" fw={600} c="dimmed">
                      {item.reference}
                    </Text>
                  )}
                </Group>
                <Anchor component={Link} to={`/follow-up/items/${item.id}`} fz="sm" lineClamp={2} title={item.text}>
                  {item.text}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {item.leadOrganisation?.name ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>{item.provinceName ?? t('common.national')}</Table.Td>
              <Table.Td style={nowrap}>{formatDate(item.dueDate)}</Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <StatusBadge status={item.status} />
                  <DueFlags overdue={item.overdue} dueSoon={item.dueSoon} sample={item.sample} />
                  {item.rollup && item.rollup.total > 0 && <RollupBar rollup={item.rollup} />}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
