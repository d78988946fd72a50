import { Table } from '@mantine/core';
import { useState } from 'react';
import type { AuditEntry } from '../../../../shared/api/audit';
import { useT } from '../../../lib/use-t';
import { AuditRow } from './audit-row';

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = useT();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (id: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover bg="var(--mantine-color-body)">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={170}>{t('audit.column.at')}</Table.Th>
            <Table.Th>{t('audit.column.actor')}</Table.Th>
            <Table.Th>{t('audit.column.action')}</Table.Th>
            <Table.Th>{t('audit.column.record')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <AuditRow key={e.id} entry={e} expanded={open.has(e.id)} onToggle={() => toggle(e.id)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
