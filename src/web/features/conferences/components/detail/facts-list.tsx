import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export type Fact = { label: string; value: ReactNode };

/** Label above value, two columns on wide screens: how the report's header facts read. */
export function FactsList({ facts }: { facts: Fact[] }) {
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm" m={0}>
      {facts.map((f) => (
        <Stack key={f.label} gap={2}>
          <Text component="dt" size="sm" c="dimmed">
            {f.label}
          </Text>
          <Text component="dd" m={0} fw={500} size="sm">
            {f.value}
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
