import { Group, Paper, SegmentedControl, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Evidence } from '../../../../../shared/intake/extraction';
import { useT } from '../../../../lib/use-t';
import { ConfidenceNote } from './confidence-badge';
import { doubtOf, orderByConfidence } from './confidence-order';
import type { ReviewRow } from './review-rows';
import { RuleExplanation } from './rule-explanation';

type Props = {
  rows: ReviewRow[];
  evidence: Record<string, Evidence>;
  dropped: ReadonlySet<string>;
  onToggle: (path: string, keep: boolean) => void;
  /** Shows the row's words in the document. */
  onShow: (row: ReviewRow) => void;
};

/**
 * The proposed fields, each with where it came from, its confidence and doubts, and a keep/drop
 * choice (kept unless the person says otherwise). Uncertain fields come first, so they are read
 * before the sure ones. Clicking a field shows its words in the document.
 */
export function ReviewFields({ rows, evidence, dropped, onToggle, onShow }: Props) {
  const t = useT();
  return (
    <Stack gap={6} role="list" aria-label={t('intake.review.fieldsLabel')}>
      {orderByConfidence(rows, (row) => doubtOf(row.evidenceKey, evidence)).map((row) => {
        const keep = !dropped.has(row.path);
        const doubt = doubtOf(row.evidenceKey, evidence);
        return (
          <Paper
            key={row.path}
            withBorder
            radius="sm"
            p="xs"
            role="listitem"
            data-path={row.path}
            data-confidence={doubt.confidence ?? undefined}
            bg={keep ? undefined : 'var(--mantine-color-gray-1)'}
            style={doubt.confidence === 'low' ? { borderColor: 'var(--mantine-color-red-4)' } : undefined}
          >
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <UnstyledButton
                onClick={() => onShow(row)}
                style={{ flex: 1, minWidth: 0 }}
                aria-label={t('intake.review.showInText', { field: row.label })}
                disabled={!row.evidenceKey}
              >
                <Text size="xs" c="dimmed" fw={600}>
                  {row.label}
                </Text>
                <Text size="sm" td={keep ? undefined : 'line-through'} c={keep ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
                  {row.value}
                </Text>
                {row.note && (
                  <Text size="xs" c={row.noteColor ?? 'dimmed'}>
                    {row.note}
                  </Text>
                )}
                <ConfidenceNote doubt={doubt} />
                <RuleExplanation rule={row.evidenceKey ? (evidence[row.evidenceKey]?.rule ?? null) : null} />
              </UnstyledButton>
              <SegmentedControl
                size="xs"
                value={keep ? 'keep' : 'drop'}
                onChange={(v) => onToggle(row.path, v === 'keep')}
                data={[
                  { value: 'keep', label: t('intake.review.keep') },
                  { value: 'drop', label: t('intake.review.drop') },
                ]}
                color={keep ? 'teal' : 'gray'}
                aria-label={t('intake.review.choiceFor', { field: row.label })}
              />
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
