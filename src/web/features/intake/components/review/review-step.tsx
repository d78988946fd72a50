import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ContextFigure, ExtractedIndicator, Evidence } from '../../../../../shared/intake/extraction';
import { EmptyNotice } from '../../../../components/empty-notice';
import { formatNumber } from '../../../../lib/format';
import { useT } from '../../../../lib/use-t';
import { FiguresTable } from './figures-table';
import { ReviewFields } from './review-fields';
import type { ReviewRow } from './review-rows';

type Props = {
  rows: ReviewRow[];
  evidence: Record<string, Evidence>;
  dropped: ReadonlySet<string>;
  onToggleField: (path: string, keep: boolean) => void;
  indicators: ExtractedIndicator[];
  contextFigures?: ContextFigure[];
  acceptedFigures: ReadonlySet<number>;
  onToggleFigure: (index: number, keep: boolean) => void;
  onShowKey: (evidenceKey: string | null) => void;
  /** Absent when the document has been handled and can only be read. */
  onContinue?: () => void;
};

/** Step 1, beside the document: keep or drop each proposed field and figure, then go on to the form. */
export function ReviewStep({ rows, evidence, dropped, onToggleField, indicators, contextFigures = [], acceptedFigures, onToggleFigure, onShowKey, onContinue }: Props) {
  const t = useT();
  const kept = rows.filter((r) => !dropped.has(r.path)).length;
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" component="section">
        <Title order={3} fz="md" mb={4}>
          {t('intake.review.fields')}
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          {t('intake.review.fieldsHint')} {t('intake.confidence.hint')}
        </Text>
        {rows.length ? (
          <ReviewFields rows={rows} evidence={evidence} dropped={dropped} onToggle={onToggleField} onShow={(row) => onShowKey(row.evidenceKey)} />
        ) : (
          <EmptyNotice title={t('intake.review.noFields')} description={t('intake.review.noFieldsHint')} />
        )}
      </Paper>
      {indicators.length > 0 && (
        <Paper withBorder radius="md" p="md" component="section">
          <Title order={3} fz="md" mb={4}>
            {t('intake.figures.title')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('intake.figures.hint')}
          </Text>
          <FiguresTable indicators={indicators} evidence={evidence} accepted={acceptedFigures} onToggle={onToggleFigure} onShow={(i) => onShowKey(`indicators[${i}]`)} />
        </Paper>
      )}
      {contextFigures.length > 0 && (
        <Paper withBorder radius="md" p="md" component="section" aria-label={t('intake.context.title')}>
          <Title order={3} fz="md" mb={4}>
            {t('intake.context.title')}
          </Title>
          <Text size="xs" c="dimmed" mb="sm">
            {t('intake.context.hint')}
          </Text>
          <List size="sm" spacing={2}>
            {contextFigures.map((c, i) => (
              <List.Item key={i}>
                {[c.qualifier ? t(`conferences.count.${c.qualifier}`, { count: formatNumber(c.value) }) : formatNumber(c.value), c.label].join(' ')}
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {onContinue && (
        <Group justify="space-between" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-gray-0)" style={{ zIndex: 2 }}>
          <Text size="sm" c="dimmed">
            {t('intake.review.keptCount', { kept: formatNumber(kept), total: formatNumber(rows.length), figures: formatNumber(acceptedFigures.size) })}
          </Text>
          <Button onClick={onContinue}>{t('intake.review.continue')}</Button>
        </Group>
      )}
    </Stack>
  );
}
