import { Anchor, Table, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { Province } from '../../../../shared/api/admin-units';
import { formatNumber } from '../../../lib/format';
import { isMerged } from './is-merged';

/** The provinces with their kind, size and the pre-2025 provinces merged into each. */
export function ProvincesTable({ provinces }: { provinces: Province[] }) {
  const intl = useIntl();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="var(--mantine-color-body)">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{intl.formatMessage({ id: 'provinces.column.code' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'provinces.column.name' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'provinces.column.kind' })}</Table.Th>
            <Table.Th ta="right">{intl.formatMessage({ id: 'provinces.column.communes' })}</Table.Th>
            <Table.Th>{intl.formatMessage({ id: 'provinces.column.legacy' })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {provinces.map((p) => (
            <Table.Tr key={p.code}>
              <Table.Td>{p.code}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={`/provinces/${p.code}`} fw={600} fz="inherit">
                  {p.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{intl.formatMessage({ id: `provinces.kind.${p.kind}` })}</Table.Td>
              <Table.Td ta="right">{formatNumber(p.communeCount)}</Table.Td>
              <Table.Td>
                {isMerged(p) ? (
                  p.legacyProvinces.map((l) => l.name).join(', ')
                ) : (
                  <Text span c="dimmed" size="sm">
                    <FormattedMessage id="provinces.notMerged" />
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
