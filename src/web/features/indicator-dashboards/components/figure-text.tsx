import { Text, Tooltip } from '@mantine/core';
import type { DashboardIndicator, Figure } from '../../../../shared/api/indicator-dashboards';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';

/** A figure in vi-VN with the indicator's decimals: 17.670 or 97,5. */
export const formatFigure = (value: number, indicator: Pick<DashboardIndicator, 'decimals'>) =>
  formatNumber(value, { maximumFractionDigits: indicator.decimals });

/** A figure as a cell shows it: the number, "không tổng hợp được" with why, or "—" for none. */
export function FigureText({ figure, indicator, size }: { figure: Pick<Figure, 'value' | 'notAggregable'>; indicator: DashboardIndicator; size?: string }) {
  const t = useT();
  if (figure.notAggregable) {
    return (
      <Tooltip multiline w={320} label={t('indicatorDashboards.notAggregable.explain', { aggregation: t(`indicatorDashboards.aggregation.${indicator.aggregation}`) })}>
        <Text span fs="italic" c="dimmed" fz={size ?? 'inherit'} style={{ cursor: 'help' }} data-testid="not-aggregable">
          {t('indicatorDashboards.notAggregable')}
        </Text>
      </Tooltip>
    );
  }
  if (figure.value === null) {
    return (
      <Text span c="dimmed" fz={size ?? 'inherit'} title={t('indicatorDashboards.noValue.title')}>
        {t('indicatorDashboards.noValue')}
      </Text>
    );
  }
  return (
    <Text span fz={size ?? 'inherit'}>
      {formatFigure(figure.value, indicator)}
    </Text>
  );
}
