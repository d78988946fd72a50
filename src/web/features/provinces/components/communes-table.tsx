import { Table } from '@mantine/core';
import { useIntl } from 'react-intl';
import type { Commune } from '../../../../shared/api/admin-units';

/** Communes, wards and special zones of one province. */
export function CommunesTable({ communes }: { communes: Commune[] }) {
  const intl = useIntl();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped verticalSpacing="xs" bg="var(--mantine-color-body)">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{intl.formatMessage({ id: 'provinces.communes.column.code' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'provinces.communes.column.name' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'provinces.communes.column.kind' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {communes.map((c) => (
            <Table.Tr key={c.code}>
              <Table.Td>{c.code}</Table.Td>
              <Table.Td>{c.fullName}</Table.Td>
              <Table.Td>{intl.formatMessage({ id: `provinces.communeKind.${c.kind}` })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
