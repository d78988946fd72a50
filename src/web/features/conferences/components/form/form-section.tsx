import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = { id: string; title: string; description?: string; children: ReactNode };

/** One titled part of the long conference form, reachable from the error summary by its id. */
export function FormSection({ id, title, description, children }: Props) {
  return (
    <Paper component="section" id={id} aria-labelledby={`${id}-title`} withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
      <Stack gap="md">
        <div>
          <Title order={3} id={`${id}-title`} fz="lg">
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={2}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
