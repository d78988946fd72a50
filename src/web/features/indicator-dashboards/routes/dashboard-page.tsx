import { Container, Grid, Group, SegmentedControl, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { PivotDimension } from '../../../../shared/api/indicator-dashboards';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { parsePeriod, periodLabel, periodsOfYear, type PeriodFrequency } from '../../../../shared/indicators/periods';
import { EmptyNotice } from '../../../components/empty-notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { useSignedInUser } from '../../../lib/current-user';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { exportUrl, useIndicatorCatalogue, useOverview, usePivot, useTrend } from '../api/dashboard-queries';
import { AttainmentTable } from '../components/attainment-table';
import { DashboardFilters, type DashboardFilterValues } from '../components/dashboard-filters';
import { DownloadButtons } from '../components/download-buttons';
import { IndicatorMap } from '../components/indicator-map';
import { KpiCards } from '../components/kpi-cards';
import { PivotTable } from '../components/pivot-table';
import { RankingChart } from '../components/ranking-chart';
import { TrendChart } from '../components/trend-chart';

const keys = ['indicator', 'year', 'frequency', 'period', 'province', 'stage', 'trendYears'] as const;

/**
 * Bảng điều khiển chỉ tiêu: for the chosen period, the headline figures of one indicator, its
 * trend with the target line, the provinces ranked and on the map, every indicator against its
 * target, and a pivot table. Filters live in the address bar, so a link reopens the same view.
 * A provincial user sees their province beside the national total.
 */
export function DashboardPage() {
  const t = useT();
  const user = useSignedInUser();
  const national = isNationalRole(user.role);
  const { values, setFilter } = useListParams(keys);
  const thisYear = new Date().getFullYear();
  const frequency = (values.frequency || 'year') as PeriodFrequency;
  // A year's figures are reported after it ends: open on last year.
  const year = Number(values.year) || thisYear - 1;
  const periods = periodsOfYear(frequency, year);
  const period = periods.some((p) => p.code === values.period) ? values.period : periods.at(-1)!.code;
  const stage = values.stage === 'submitted' ? 'submitted' : 'approved';
  const province = national ? values.province : (user.provinceCode ?? '');
  const trendYears = Number(values.trendYears) || 5;

  const catalogue = useIndicatorCatalogue();
  const overview = useOverview({ period, stage });
  const withData = overview.data?.indicators ?? [];
  const indicatorCode = values.indicator || withData[0]?.indicator.code || catalogue.data?.items[0]?.code || '';
  const item = withData.find((i) => i.indicator.code === indicatorCode);
  const trendParams = { indicator: indicatorCode, frequency, fromYear: year - trendYears + 1, toYear: year, province: province || undefined, stage };
  const trend = useTrend(trendParams, indicatorCode !== '');
  const [[rows, columns], setAxes] = useState<[PivotDimension, PivotDimension]>(['province', 'period']);
  const fixed = (['province', 'period', 'indicator'] as const).find((d) => d !== rows && d !== columns);
  const pivotParams = {
    rows,
    columns,
    year,
    frequency,
    period: fixed === 'period' ? period : undefined,
    indicators: rows === 'indicator' || columns === 'indicator' ? undefined : indicatorCode,
    provinces: fixed === 'province' ? province || undefined : undefined,
    stage,
  };
  const pivot = usePivot(pivotParams, indicatorCode !== '');

  const years = useMemo(() => Array.from({ length: 12 }, (_, i) => thisYear - i), [thisYear]);
  const filterValues: DashboardFilterValues = { indicator: indicatorCode, year: String(year), frequency, period, province, stage };
  const periodName = periodLabel(parsePeriod(period)!);
  const scopeName = province ? (item?.provinces.find((p) => p.provinceCode === province)?.provinceName ?? province) : t('indicatorDashboards.filter.nation');
  const fileBase = `${item?.indicator.code ?? indicatorCode} ${periodName}`;

  const onChange = (key: keyof DashboardFilterValues, value: string) => setFilter(key, value);

  if (catalogue.isPending || overview.isPending) return <PageLoader />;
  const error = catalogue.error ?? overview.error;
  if (error) return <ProblemAlert error={error} />;

  const noIndicator = (catalogue.data?.items.length ?? 0) === 0;
  const empty = withData.length === 0;
  return (
    <Container size="xl" py="md">
      <Stack gap="md">
        <PageHeader title={t('indicatorDashboards.title')} description={t('indicatorDashboards.description')} />
        <DashboardFilters values={filterValues} catalogue={catalogue.data?.items ?? []} years={years} canChooseProvince={national} onChange={onChange} />
        {noIndicator ? (
          <EmptyNotice title={t('indicatorDashboards.empty.noIndicator')} />
        ) : empty ? (
          <EmptyNotice
            title={t('indicatorDashboards.empty.title')}
            description={stage === 'approved' ? t('indicatorDashboards.empty.description', { period: periodName }) : t('indicatorDashboards.empty.submitted', { period: periodName })}
          />
        ) : (
          <>
            {item ? <KpiCards item={item} province={province} /> : <EmptyNotice title={t('indicatorDashboards.empty.title')} description={t('indicatorDashboards.empty.description', { period: periodName })} />}
            <Grid>
              <Grid.Col span={{ base: 12, lg: 7 }}>
                <Stack gap="md">
                  {trend.data && (
                    <TrendChart
                      trend={trend.data}
                      fileName={`${fileBase} dien bien`}
                      controls={
                        <Group gap="xs">
                          <SegmentedControl size="xs" value={String(trendYears)} onChange={(v) => setFilter('trendYears', v)} data={['3', '5', '10'].map((v) => ({ value: v, label: `${v} ${t('indicatorDashboards.filter.year').toLowerCase()}` }))} />
                          <DownloadButtons table="trend" xlsx={exportUrl('trend', trendParams, 'xlsx')} csv={exportUrl('trend', trendParams, 'csv')} />
                        </Group>
                      }
                    />
                  )}
                  {item && national && <RankingChart item={item} fileName={`${fileBase} xep hang`} highlight={province} />}
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 5 }}>{item && <IndicatorMap item={item} fileName={`${fileBase} ban do`} />}</Grid.Col>
            </Grid>
            <AttainmentTable
              overview={overview.data!}
              province={province}
              scope={`${scopeName}, ${periodName}`}
              onPick={(code) => setFilter('indicator', code)}
              downloads={<DownloadButtons table="overview" xlsx={exportUrl('overview', { period, stage }, 'xlsx')} csv={exportUrl('overview', { period, stage }, 'csv')} />}
            />
            <PivotTable
              pivot={pivot.data}
              rows={rows}
              columns={columns}
              onAxes={(r, c) => setAxes([r, c])}
              downloads={<DownloadButtons table="pivot" xlsx={exportUrl('pivot', pivotParams, 'xlsx')} csv={exportUrl('pivot', pivotParams, 'csv')} />}
            />
          </>
        )}
      </Stack>
    </Container>
  );
}
