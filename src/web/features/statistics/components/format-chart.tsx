import { useMemo } from 'react';
import type { ConferenceStats } from '../../../../shared/api/conference-stats';
import { formatNumber, formatPercent } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { ChartCard } from '../../../components/charts/chart-card';
import { palette } from '../../../components/charts/chart-style';
import type { ChartOption } from '../../../components/charts/echarts';

/** Share of conferences held in person, online or both. */
export function FormatChart({ stats, fileName }: { stats: ConferenceStats; fileName: string }) {
  const t = useT();
  const option = useMemo((): ChartOption => {
    const slices = stats.byFormat
      .filter((f) => f.conferences > 0)
      .map((f) => ({ name: f.format === 'unknown' ? t('statistics.format.unknown') : t(`conferences.format.${f.format}`), value: f.conferences }));
    return {
      color: palette,
      legend: { bottom: 0, left: 'center' },
      tooltip: {
        trigger: 'item',
        formatter: (p) => {
          const item = Array.isArray(p) ? p[0] : p;
          if (!item) return '';
          return `${item.marker ?? ''}${item.name}: ${formatNumber(Number(item.value))} (${formatPercent(Number(item.percent ?? 0), { maximumFractionDigits: 1 })})`;
        },
      },
      series: [
        {
          type: 'pie',
          radius: ['38%', '66%'],
          center: ['50%', '45%'],
          data: slices,
          label: { formatter: (p) => `${formatNumber(Number(p.value))}` },
        },
      ],
    };
  }, [stats.byFormat, t]);
  return <ChartCard title={t('statistics.format.title')} fileName={fileName} option={option} height={300} />;
}
