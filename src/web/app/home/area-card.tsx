import { Card, Group, Text, ThemeIcon } from '@mantine/core';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { AreaIcon } from '../shell/area-icon';
import type { NavItem } from '../shell/nav-items';

/** One area of the system on the home page: what it is for. */
export function AreaCard({ item }: { item: NavItem }) {
  const intl = useIntl();
  return (
    <Card component={Link} to={item.to} withBorder padding="lg" radius="md" style={{ height: '100%' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <ThemeIcon size={44} radius="md" variant="light">
          <AreaIcon area={item.key} size={26} />
        </ThemeIcon>
      </Group>
      <Text fw={650} size="lg">
        {intl.formatMessage({ id: `nav.${item.key}` })}
      </Text>
      <Text size="sm" c="dimmed" mt={4}>
        <FormattedMessage id={`areas.${item.key}.description`} />
      </Text>
    </Card>
  );
}
