import { Group, Paper, Text } from '@mantine/core';
import type { LinkedFigure } from '../../../../../shared/api/followup';
import { parsePeriod, periodLabel } from '../../../../../shared/indicators/periods';
import { formatNumber, formatPercent } from '../../../../lib/format';
import { useLocale } from '../../../../lib/locale';
import { useT } from '../../../../lib/use-t';

/**
 * An approved figure a progress entry points at, as the server computed it from approved data:
 * the value with its unit, the target, % of plan and the change on the same period a year before.
 */
export function FigureLine({ figure: f }: { figure: LinkedFigure }) {
  const t = useT();
  const { locale } = useLocale();
  const period = parsePeriod(f.period);
  const number = (v: number) => formatNumber(v, { maximumFractionDigits: f.decimals });
  const withUnit = (v: number) => (f.unit === '%' ? `${number(v)}%` : `${number(v)} ${f.unit}`.trim());
  const parts: string[] = [];
  if (f.approved && f.actual !== null) {
    parts.push(t('followup.figure.actual', { value: withUnit(f.actual) }));
    if (f.target !== null) parts.push(t('followup.figure.target', { value: withUnit(f.target) }));
    if (f.percentOfPlan !== null) parts.push(t('followup.figure.percentOfPlan', { value: formatPercent(f.percentOfPlan, { maximumFractionDigits: 1 }) }));
    if (f.change !== null) parts.push(t('followup.figure.change', { value: `${f.change > 0 ? '+' : ''}${withUnit(f.change)}` }));
  }
  return (
    <Paper withBorder radius="sm" px="sm" py={6} bg="var(--mantine-color-gray-0)" data-testid="linked-figure">
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {f.indicatorName}
        </Text>
        <Text size="xs" c="dimmed">
          {period ? periodLabel(period, locale) : f.period}
        </Text>
      </Group>
      <Text size="sm" c={f.approved ? undefined : 'dimmed'}>
        {f.approved && parts.length ? parts.join(' · ') : t('followup.figure.notApproved')}
      </Text>
    </Paper>
  );
}
