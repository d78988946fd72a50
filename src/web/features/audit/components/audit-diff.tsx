import { Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { AuditEntry } from '../../../../shared/api/audit';
import { useT } from '../../../lib/use-t';
import { AuditValue } from './audit-value';
import { diffRecords } from './diff-records';

/** Before and after of one change, side by side; unchanged fields are tucked away. */
export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const intl = useIntl();
  const [showAll, setShowAll] = useState(false);
  const rows = diffRecords(entry.before, entry.after);
  const changed = rows.filter((r) => r.changed);
  // A change that touched no stored field (a password change, say) still shows the record.
  const visible = showAll || changed.length === 0 ? rows : changed;
  const fieldLabel = (field: string) => {
    const id = `audit.field.${field}`;
    return id in intl.messages ? intl.formatMessage({ id: id as 'audit.field.email' }) : field;
  };

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.diff.noDetails')}
      </Text>
    );
  }
  return (
    <>
      <Table withTableBorder withColumnBorders fz="sm" layout="fixed" bg="var(--mantine-color-body)">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="25%">{t('audit.diff.field')}</Table.Th>
            <Table.Th>{t('audit.diff.before')}</Table.Th>
            <Table.Th>{t('audit.diff.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {visible.map((r) => (
            <Table.Tr key={r.field} bg={r.changed ? 'var(--mantine-color-yellow-light)' : undefined}>
              <Table.Td fw={r.changed ? 600 : undefined}>{fieldLabel(r.field)}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <AuditValue field={r.field} value={r.before} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <AuditValue field={r.field} value={r.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {changed.length > 0 && changed.length < rows.length && (
        <Button variant="subtle" size="xs" mt="xs" onClick={() => setShowAll((v) => !v)}>
          {t(showAll ? 'audit.diff.showChanged' : 'audit.diff.showAll', { count: rows.length - changed.length })}
        </Button>
      )}
    </>
  );
}
