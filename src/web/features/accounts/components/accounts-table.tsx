import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Account } from '../../../../shared/api/accounts';
import { useProvinceName } from '../../../components/province-select/use-provinces';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { AccountStatusBadge } from './account-status-badge';

export function AccountsTable({ accounts }: { accounts: Account[] }) {
  const t = useT();
  const provinceName = useProvinceName();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing="sm" bg="var(--mantine-color-body)">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('accounts.column.name')}</Table.Th>
            <Table.Th>{t('accounts.column.role')}</Table.Th>
            <Table.Th>{t('accounts.column.province')}</Table.Th>
            <Table.Th>{t('accounts.column.status')}</Table.Th>
            <Table.Th>{t('accounts.column.lastLogin')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`/admin/accounts/${a.id}`} fw={600} fz="sm">
                  {a.fullName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {a.email}
                </Text>
              </Table.Td>
              <Table.Td>{t(`roles.${a.role}`)}</Table.Td>
              <Table.Td>{a.provinceCode ? provinceName(a.provinceCode) : t('common.national')}</Table.Td>
              <Table.Td>
                <AccountStatusBadge account={a} />
              </Table.Td>
              <Table.Td>
                {a.lastLoginAt ? (
                  formatDateTime(a.lastLoginAt)
                ) : (
                  <Text span c="dimmed" size="sm">
                    {t('accounts.neverSignedIn')}
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
