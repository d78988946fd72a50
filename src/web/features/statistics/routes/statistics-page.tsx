import { Box, Button, Container, Grid, Group, LoadingOverlay, Paper, Stack, Text, Title } from '@mantine/core';
import { EmptyNotice } from '../../../components/empty-notice';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { useSignedInUser } from '../../../lib/current-user';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { conferenceStatsExportUrl, useConferenceStats } from '../api/get-conference-stats';
import { FormatChart } from '../components/format-chart';
import { KpiCards } from '../components/kpi-cards';
import { ProvinceMap } from '../components/province-map';
import { ProvinceTable } from '../components/province-table';
import { ALL_YEARS, StatsFilters } from '../components/stats-filters';
import { TestGainsTable } from '../components/test-gains-table';
import { ThemeChart } from '../components/theme-chart';
import { MonthChart, YearChart } from '../components/trend-charts';

/** Every year from the first with a conference to this one, newest first. */
function yearOptions(dataYears: number[], thisYear: number): number[] {
  const first = Math.min(thisYear, ...dataYears);
  const last = Math.max(thisYear, ...dataYears);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/**
 * The next step from an empty year: a new installation opens on this year, which usually has no
 * conference yet, while the demo data and older records sit in earlier years.
 */
function EmptyYearActions({ yearValue, dataYears, onChoose }: { yearValue: string; dataYears: Array<{ year: number; conferences: number }>; onChoose: (year: string) => void }) {
  const t = useT();
  const latest = [...dataYears].reverse().find((y) => y.conferences > 0 && String(y.year) !== yearValue);
  if (yearValue === ALL_YEARS || !latest) return null;
  return (
    <Group gap="sm" justify="center">
      <Button onClick={() => onChoose(String(latest.year))}>{t('statistics.empty.showYear', { year: String(latest.year) })}</Button>
      <Button variant="default" onClick={() => onChoose(ALL_YEARS)}>
        {t('statistics.filter.allYears')}
      </Button>
    </Group>
  );
}

/**
 * Thống kê tập huấn: headline figures, a map of the 34 provinces, charts by month, theme, format
 * and year, and the per-province table. The year (this year unless chosen, or every year) and
 * the province live in the address bar, so a link reopens the same figures.
 */
export function StatisticsPage() {
  const t = useT();
  const user = useSignedInUser();
  const { values, setFilter } = useListParams(['year', 'province'] as const);
  const thisYear = new Date().getFullYear();
  const yearValue = values.year || String(thisYear);
  const params = { year: yearValue === ALL_YEARS ? '' : yearValue, province: values.province };
  const query = useConferenceStats(params);
  const stats = query.data;

  const scopeName = [
    params.year || t('statistics.filter.allYears'),
    stats?.province?.name ?? (isNationalRole(user.role) ? t('statistics.filter.allProvinces') : null),
  ]
    .filter(Boolean)
    .join(' - ');
  const fileName = (chart: string) => `${t('statistics.title')} - ${chart} - ${scopeName}`;

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('statistics.title')}
        description={t('statistics.description')}
        crumbs={[{ label: t('nav.training'), to: '/training' }]}
        actions={
          <Button component="a" href={conferenceStatsExportUrl(params)} variant="default" download>
            {t('statistics.export.excel')}
          </Button>
        }
      />
      <Stack gap="md">
        <Paper withBorder radius="md" p="md">
          <StatsFilters
            year={yearValue}
            province={values.province}
            years={yearOptions(stats?.byYear.map((y) => y.year) ?? [], thisYear)}
            canChooseProvince={isNationalRole(user.role)}
            onChange={(key, value) => setFilter(key, key === 'year' && value === String(thisYear) ? '' : value)}
          />
        </Paper>
        {query.isPending ? (
          <PageLoader />
        ) : query.isError && !stats ? (
          <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        ) : stats ? (
          <Box pos="relative">
            <LoadingOverlay visible={query.isFetching && query.isPlaceholderData} overlayProps={{ blur: 1 }} loaderProps={{ size: 'sm' }} />
            {stats.totals.conferences === 0 ? (
              <Paper withBorder radius="md" p="md">
                <EmptyNotice
                  title={t('statistics.empty.title')}
                  description={t('statistics.empty.hint')}
                  action={<EmptyYearActions yearValue={yearValue} dataYears={stats.byYear} onChoose={(y) => setFilter('year', y === String(thisYear) ? '' : y)} />}
                />
              </Paper>
            ) : (
              <Stack gap="md">
                <KpiCards stats={stats} />
                <Grid gap="md">
                  <Grid.Col span={{ base: 12, lg: 7 }}>
                    <ProvinceMap stats={stats} fileName={fileName(t('statistics.map.title'))} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, lg: 5 }}>
                    <Stack gap="md">
                      <MonthChart stats={stats} fileName={fileName(t('statistics.month.title'))} />
                      <FormatChart stats={stats} fileName={fileName(t('statistics.format.title'))} />
                    </Stack>
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, lg: 7 }}>
                    <ThemeChart stats={stats} fileName={fileName(t('statistics.theme.title'))} />
                  </Grid.Col>
                  <Grid.Col span={{ base: 12, lg: 5 }}>
                    <YearChart stats={stats} fileName={fileName(t('statistics.year.title'))} />
                  </Grid.Col>
                </Grid>
                <ProvinceTable stats={stats} />
                <TestGainsTable stats={stats} />
                <Text size="xs" c="dimmed">
                  {t('statistics.rules')} {t('statistics.rules.unrecorded')}
                </Text>
              </Stack>
            )}
          </Box>
        ) : null}
      </Stack>
    </Container>
  );
}
