import { Center, Loader, Stack, Text } from '@mantine/core';
import { FormattedMessage } from 'react-intl';

/** Shown while a page's first data arrives. */
export function PageLoader() {
  return (
    <Center py="xl" role="status">
      <Stack align="center" gap="xs">
        <Loader size="md" />
        <Text size="sm" c="dimmed">
          <FormattedMessage id="common.loading" />
        </Text>
      </Stack>
    </Center>
  );
}
