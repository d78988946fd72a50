import { Box, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../components/language-switch';

type Props = { title?: ReactNode; subtitle?: ReactNode; children: ReactNode };

/**
 * The frame of a page opened on a phone from a QR code: no app shell, no sign-in, one column,
 * large text and touch targets (Mantine size "lg" everywhere inside).
 */
export function PhonePage({ title, subtitle, children }: Props) {
  return (
    <Box mih="100dvh" bg="var(--mantine-color-gray-0)" py="md">
      <Container size={520} px="sm">
        <Stack gap="md">
          <Box style={{ alignSelf: 'flex-end' }}>
            <LanguageSwitch />
          </Box>
          {title && (
            <Stack gap={4}>
              <Title order={1} fz={22} lh={1.3}>
                {title}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="md">
                  {subtitle}
                </Text>
              )}
            </Stack>
          )}
          <Paper withBorder radius="md" p="md">
            {children}
          </Paper>
        </Stack>
      </Container>
    </Box>
  );
}
