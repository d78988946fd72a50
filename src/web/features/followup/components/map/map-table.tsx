import { Anchor, Table, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FollowupMapRow } from '../../../../../shared/api/followup';
import { formatNumber, formatPercent } from '../../../../lib/format';
import type { MessageId } from '../../../../lib/messages';
import { useT } from '../../../../lib/use-t';

type Column = 'provinceName' | 'total' | 'done' | 'inProgress' | 'notStarted' | 'notDone' | 'overdue' | 'shareDone';
const columns: Column[] = ['provinceName', 'total', 'done', 'inProgress', 'notStarted', 'notDone', 'overdue', 'shareDone'];

/** The map's figures, one row per province, sortable by any column (a click on the header; again to reverse). */
export function MapTable({ rows }: { rows: FollowupMapRow[] }) {
  const t = useT();
  const [sort, setSort] = useState<{ by: Column; desc: boolean }>({ by: 'shareDone', desc: true });
  const sorted = [...rows].sort((a, b) => {
    const x = a[sort.by];
    const y = b[sort.by];
    const order = typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y), 'vi') : (x ?? -1) - (y ?? -1);
    return (sort.desc ? -order : order) || a.provinceName.localeCompare(b.provinceName, 'vi');
  });
  const header = (c: Column) => (
    <Table.Th key={c} ta={c === 'provinceName' ? 'left' : 'right'} aria-sort={sort.by === c ? (sort.desc ? 'descending' : 'ascending') : undefined} style={{ whiteSpace: 'nowrap' }}>
      <UnstyledButton fz="sm" fw={700} onClick={() => setSort((s) => ({ by: c, desc: s.by === c ? !s.desc : c !== 'provinceName' }))}>
        {t(`followup.map.column.${c}` as MessageId)}
        {sort.by === c ? (sort.desc ? ' ↓' : ' ↑') : ''}
      </UnstyledButton>
    </Table.Th>
  );
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" fz="sm" data-testid="followup-map-table">
        <Table.Thead>
          <Table.Tr>{columns.map(header)}</Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((r) => (
            <Table.Tr key={r.provinceCode} data-testid={`map-row-${r.provinceCode}`}>
              <Table.Td>
                <Anchor component={Link} to={`/follow-up?provinceCode=${r.provinceCode}`} size="sm">
                  {r.provinceName}
                </Anchor>
              </Table.Td>
              {(['total', 'done', 'inProgress', 'notStarted', 'notDone'] as const).map((c) => (
                <Table.Td key={c} ta="right">
                  {formatNumber(r[c])}
                </Table.Td>
              ))}
              <Table.Td ta="right" c={r.overdue ? 'red' : undefined}>
                {formatNumber(r.overdue)}
              </Table.Td>
              <Table.Td ta="right">{r.shareDone === null ? '—' : formatPercent(r.shareDone, { maximumFractionDigits: 1 })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
