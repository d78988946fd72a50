import { Box, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import type { PublicProvince } from '../../../../shared/api/transparency';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';

type Indicator = PublicProvince['indicators'][number];

/** One indicator: each period's approved figure, with a bar for the share of the plan when there is a target. */
function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const fmt = (v: number | null) => (v === null ? '—' : formatNumber(v, { maximumFractionDigits: indicator.decimals }));
  return (
    <Card withBorder padding="md">
      <Text fw={600}>{indicator.name}</Text>
      <Text size="xs" c="dimmed" mb="xs">
        {t('transparency.public.unit', { unit: indicator.unit })}
      </Text>
      <Stack gap="xs">
        {indicator.figures.map((f) => (
          <Box key={f.period}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{f.periodLabel}</Text>
              <Text size="sm" fw={600}>
                {fmt(f.value)}
                {f.target !== null && (
                  <Text span size="xs" c="dimmed" fw={400}>
                    {' '}
                    {t('transparency.public.ofTarget', { target: fmt(f.target), percent: f.percentOfPlan === null ? '—' : formatNumber(f.percentOfPlan, { maximumFractionDigits: 1 }) })}
                  </Text>
                )}
              </Text>
            </Group>
            {f.percentOfPlan !== null && (
              <Progress value={Math.min(100, f.percentOfPlan)} color={f.percentOfPlan >= 100 ? 'teal' : 'blue'} size="sm" aria-label={`${formatNumber(f.percentOfPlan, { maximumFractionDigits: 1 })}%`} />
            )}
          </Box>
        ))}
      </Stack>
    </Card>
  );
}

export function FiguresSection({ indicators }: { indicators: Indicator[] }) {
  const t = useT();
  return (
    <Stack gap="sm" component="section">
      <Title order={2} size="h3">
        {t('transparency.public.figures')}
      </Title>
      {indicators.length === 0 ? <Text c="dimmed">{t('transparency.public.noFigures')}</Text> : indicators.map((i) => <IndicatorCard key={i.code} indicator={i} />)}
    </Stack>
  );
}
