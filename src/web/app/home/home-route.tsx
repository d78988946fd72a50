import { Badge, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { usePageTitle } from '../../components/page-title';
import { FormattedMessage, useIntl } from 'react-intl';
import { can, isNationalRole } from '../../../shared/auth/permissions';
import { useProvinceName } from '../../components/province-select/use-provinces';
import { useSignedInUser } from '../../lib/current-user';
import { areaItems, referenceItems, visibleItems } from '../shell/nav-items';
import { AreaCard } from './area-card';
import { MyWork } from './my-work';

/** After sign-in: a greeting, who you are in the system, and the way into each area. */
export function HomeRoute() {
  const intl = useIntl();
  const user = useSignedInUser();
  const provinceName = useProvinceName();
  usePageTitle(`${intl.formatMessage({ id: 'nav.home' })} · rights-desk`);
  const allowed = (p: Parameters<typeof can>[1]) => can(user.role, p);
  const items = [...visibleItems(areaItems, allowed), ...visibleItems(referenceItems, allowed)];
  const scope = isNationalRole(user.role)
    ? intl.formatMessage({ id: 'home.scope.national' })
    : intl.formatMessage({ id: 'home.scope.province' }, { province: provinceName(user.provinceCode) });

  return (
    <Container size="lg" px={0}>
      <Stack gap="xs" mb="xl">
        <Title order={1} fz={{ base: 24, sm: 30 }}>
          <FormattedMessage id="home.greeting" values={{ name: user.fullName }} />
        </Title>
        <Group gap="xs">
          <Badge variant="light" size="lg" radius="sm">
            {intl.formatMessage({ id: `roles.${user.role}` })}
          </Badge>
          <Badge variant="outline" size="lg" radius="sm" color="gray">
            {scope}
          </Badge>
        </Group>
        <Text c="dimmed">
          <FormattedMessage id="home.intro" />
        </Text>
      </Stack>
      <MyWork />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {items.map((item) => (
          <AreaCard key={item.key} item={item} />
        ))}
      </SimpleGrid>
    </Container>
  );
}
