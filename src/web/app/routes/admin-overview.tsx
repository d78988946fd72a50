import { Container, SimpleGrid } from '@mantine/core';
import { useIntl } from 'react-intl';
import { can } from '../../../shared/auth/permissions';
import { PageHeader } from '../../components/page-header';
import { useSignedInUser } from '../../lib/current-user';
import { AreaCard } from '../home/area-card';
import { adminItems, visibleItems } from '../shell/nav-items';

/** Quản trị: the administration pages this role may open. */
export function AdminOverview() {
  const intl = useIntl();
  const user = useSignedInUser();
  const items = visibleItems(adminItems, (p) => can(user.role, p));
  return (
    <Container size="lg" px={0}>
      <PageHeader title={intl.formatMessage({ id: 'nav.admin' })} description={intl.formatMessage({ id: 'areas.admin.description' })} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {items.map((item) => (
          <AreaCard key={item.key} item={item} />
        ))}
      </SimpleGrid>
    </Container>
  );
}
