import { Anchor, Burger, Group } from '@mantine/core';
import { Link } from 'react-router';
import { useIntl } from 'react-intl';
import { Brand } from './brand';
import { LanguageSwitch } from '../../components/language-switch';
import { UserMenu } from './user-menu';

type Props = { navOpened: boolean; onToggleNav: () => void };

export function AppHeader({ navOpened, onToggleNav }: Props) {
  const intl = useIntl();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={intl.formatMessage({ id: navOpened ? 'shell.nav.close' : 'shell.nav.open' })}
        />
        <Brand />
      </Group>
      <Group gap="md" wrap="nowrap">
        <Anchor component={Link} to="/help" size="sm">
          {intl.formatMessage({ id: 'help.link' })}
        </Anchor>
        <LanguageSwitch />
        <UserMenu />
      </Group>
    </Group>
  );
}
