import { Divider, NavLink, ScrollArea, Text } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useLocation, useNavigate } from 'react-router';
import { can } from '../../../shared/auth/permissions';
import { useSignedInUser } from '../../lib/current-user';
import { AreaIcon } from './area-icon';
import { areaItems, referenceItems, visibleItems, type NavItem } from './nav-items';

const isUnder = (pathname: string, to: string) => pathname === to || pathname.startsWith(`${to}/`);

/** The navigation column: home, the five areas, then the shared reference lists. */
export function MainNav() {
  const intl = useIntl();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const allowed = (p: Parameters<typeof can>[1]) => can(user.role, p);

  const renderItem = (item: NavItem) => (
    <NavLink
      key={item.key}
      component={Link}
      to={item.to}
      label={intl.formatMessage({ id: `nav.${item.key}` })}
      leftSection={<AreaIcon area={item.key} />}
      // A group is active on its own pages (a conference under /training), not on a child's.
      active={item.children ? isUnder(pathname, item.to) && !item.children.some((c) => isUnder(pathname, c.to)) : isUnder(pathname, item.to)}
      // Groups stay open: three links are easier to scan than a toggle to discover.
      opened={item.children ? true : undefined}
      // …so no chevron promising a toggle.
      rightSection={item.children ? <span /> : undefined}
      // Mantine's NavLink cancels the link's navigation when it has children (it expects a toggle);
      // a group heading here is also a page (Tập huấn, Quản trị), so go there ourselves.
      onClick={item.children ? () => void navigate(item.to) : undefined}
      childrenOffset={28}
    >
      {item.children?.map(renderItem)}
    </NavLink>
  );

  return (
    <ScrollArea type="auto" style={{ flex: 1 }}>
      <nav aria-label={intl.formatMessage({ id: 'nav.label' })}>
        <NavLink
          component={Link}
          to="/"
          label={intl.formatMessage({ id: 'nav.home' })}
          leftSection={<AreaIcon area="home" />}
          active={pathname === '/'}
        />
        {visibleItems(areaItems, allowed).map(renderItem)}
        <Divider my="sm" />
        <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm" mb={4}>
          <FormattedMessage id="nav.referenceHeading" />
        </Text>
        {visibleItems(referenceItems, allowed).map(renderItem)}
      </nav>
    </ScrollArea>
  );
}
