import { Badge, Stack, Text } from '@mantine/core';
import { useT } from '../../../../lib/use-t';
import type { FieldDoubt } from './confidence-order';

const COLOR = { low: 'red', medium: 'yellow', high: 'teal' } as const;

/** The field's confidence as a small badge, and each doubt on its own line below, in plain Vietnamese. */
export function ConfidenceNote({ doubt }: { doubt: FieldDoubt }) {
  const t = useT();
  if (!doubt.confidence) return null;
  return (
    <Stack gap={2} mt={4}>
      <Badge size="xs" variant={doubt.confidence === 'high' ? 'light' : 'filled'} color={COLOR[doubt.confidence]} w="fit-content">
        {t(`intake.confidence.${doubt.confidence}`)}
      </Badge>
      {doubt.warnings.map((w) => (
        <Text key={w} size="xs" c={doubt.confidence === 'low' ? 'red.8' : 'yellow.9'}>
          ⚠ {w}
        </Text>
      ))}
    </Stack>
  );
}
