import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';
import { LanguageSwitch } from '../../../components/language-switch';

type Props = { title: ReactNode; description?: ReactNode; children: ReactNode };

/** The plain centred card of the sign-in and password pages, before the app shell exists. */
export function AuthFrame({ title, description, children }: Props) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={420} gap="lg">
          <Stack gap={2} align="center">
            <Text fw={700} size="xl">
              <FormattedMessage id="app.name" />
            </Text>
            <Text size="sm" c="dimmed" ta="center">
              <FormattedMessage id="app.subtitle" />
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <Stack gap="md">
              <Stack gap={4}>
                <Title order={1} fz="xl">
                  {title}
                </Title>
                {description && (
                  <Text size="sm" c="dimmed">
                    {description}
                  </Text>
                )}
              </Stack>
              {children}
            </Stack>
          </Paper>
        </Stack>
      </Center>
    </Box>
  );
}
