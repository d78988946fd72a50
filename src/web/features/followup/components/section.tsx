import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled block of an item's page. */
export function Section({ title, children, actions }: { title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <Paper component="section" withBorder p={{ base: 'sm', sm: 'lg' }} radius="md">
      <Stack gap="sm">
        {actions ? (
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap', alignItems: 'center' }}>
            <Title order={3} fz="lg">
              {title}
            </Title>
            {actions}
          </div>
        ) : (
          <Title order={3} fz="lg">
            {title}
          </Title>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
