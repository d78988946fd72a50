import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useProvinceName } from '../../components/province-select/use-provinces';
import { useSignedInUser } from '../../lib/current-user';
import { useSignOut } from '../../features/auth/api/sign-out';

function initials(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  // Vietnamese names end with the given name, which is what colleagues call each other by.
  return (words.at(-1)?.[0] ?? '?').toUpperCase();
}

/** Who is signed in, with their role and province, and the account actions. */
export function UserMenu() {
  const intl = useIntl();
  const user = useSignedInUser();
  const provinceName = useProvinceName();
  const signOut = useSignOut();
  const roleLabel = intl.formatMessage({ id: `roles.${user.role}` });

  return (
    <Menu position="bottom-end" width={260} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={intl.formatMessage({ id: 'shell.userMenu.open' }, { name: user.fullName })}>
          <Group gap="xs" wrap="nowrap">
            <Avatar radius="xl" size={34} color="blue">
              {initials(user.fullName)}
            </Avatar>
            <div style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} lh={1.2} truncate maw={180} visibleFrom="sm">
                {user.fullName}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} truncate maw={180} visibleFrom="sm">
                {roleLabel}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)">
            {user.fullName}
          </Text>
          <Text size="xs">{user.email}</Text>
          <Text size="xs">
            {roleLabel}
            {user.provinceCode ? ` · ${provinceName(user.provinceCode)}` : ''}
          </Text>
        </Menu.Label>
        <Menu.Divider />
        <Menu.Item component={Link} to="/change-password">
          <FormattedMessage id="shell.userMenu.changePassword" />
        </Menu.Item>
        <Menu.Item color="red" onClick={signOut}>
          <FormattedMessage id="shell.userMenu.signOut" />
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
