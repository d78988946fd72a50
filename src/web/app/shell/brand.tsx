import { Group, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { FormattedMessage } from 'react-intl';
import { Link } from 'react-router';
import { AreaIcon } from './area-icon';

/** App name and what it is, linking home. The subtitle gives way on narrow phones. */
export function Brand() {
  return (
    <UnstyledButton component={Link} to="/" style={{ minWidth: 0 }}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon size={36} radius="md" variant="filled" aria-hidden="true">
          <AreaIcon area="admin" size={22} />
        </ThemeIcon>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={700} size="lg" lh={1.2}>
            <FormattedMessage id="app.name" />
          </Text>
          <Text size="xs" c="dimmed" lh={1.2} truncate visibleFrom="xs">
            <FormattedMessage id="app.subtitle" />
          </Text>
        </Stack>
      </Group>
    </UnstyledButton>
  );
}
