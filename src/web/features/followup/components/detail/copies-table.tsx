import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';
import type { FollowupItem } from '../../../../../shared/api/followup';
import { formatDate } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { DueFlags } from '../due-flags';
import { RollupBar } from '../rollup-bar';
import { Section } from '../section';
import { StatusBadge } from '../status-badge';

/** A national item's copies, one per province it was assigned to, with how they stand together. */
export function CopiesTable({ item }: { item: FollowupItem }) {
  const t = useT();
  return (
    <Section title={t('followup.section.copies', { count: item.copies.length })}>
      {item.rollup && <RollupBar rollup={item.rollup} bar />}
      <Table.ScrollContainer minWidth={560}>
        <Table striped verticalSpacing="xs" fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('followup.column.province')}</Table.Th>
              <Table.Th w={120}>{t('followup.column.due')}</Table.Th>
              <Table.Th w={260}>{t('followup.column.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {item.copies.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/follow-up/items/${c.id}`} size="sm">
                    {c.provinceName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatDate(c.dueDate)}</Table.Td>
                <Table.Td>
                  <div style={{ display: 'flex', gap: 6, alignItems: 'center', flexWrap: 'wrap' }}>
                    <StatusBadge status={c.status} />
                    <DueFlags overdue={c.overdue} dueSoon={false} />
                  </div>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
