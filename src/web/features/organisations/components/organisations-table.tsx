import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Organisation } from '../../../../shared/api/organisations';
import { useT } from '../../../lib/use-t';

export function OrganisationsTable({ organisations }: { organisations: Organisation[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="var(--mantine-color-body)">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('organisations.column.name')}</Table.Th>
            <Table.Th>{t('organisations.column.kind')}</Table.Th>
            <Table.Th>{t('organisations.column.province')}</Table.Th>
            <Table.Th>{t('organisations.column.parent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organisations.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>
                <Anchor component={Link} to={`/admin/organisations/${o.id}`} fw={600} fz="sm">
                  {o.name}
                </Anchor>
                {o.shortName && (
                  <Text size="xs" c="dimmed">
                    {o.shortName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`organisations.kind.${o.kind}`)}</Table.Td>
              <Table.Td>{o.provinceName ?? t('common.national')}</Table.Td>
              <Table.Td>{o.parentName ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
