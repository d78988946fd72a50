import { Anchor, Badge, Container, Group, Paper, Select, SimpleGrid, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { PeriodPicker } from '../../../components/period-picker/period-picker';
import { ProblemAlert } from '../../../components/problem-alert';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { useCompleteness } from '../api/get-completeness';
import { useReportForms } from '../api/list-report-forms';
import { CompletenessMap } from '../components/completeness/completeness-map';
import { arrangeUnits, completenessSorts, completenessStates, stateOf, type CompletenessSort, type CompletenessState } from '../components/completeness/completeness-state';
import { ReportStatusBadge } from '../components/report-status-badge';

const pageSize = 50;
const keys = ['formId', 'period', 'provinceCode', 'state', 'sort'] as const;
const stateColours: Record<CompletenessState, string> = { missing: 'red', inProgress: 'blue', late: 'orange', onTime: 'teal', approved: 'teal' };
const oneOf = <T extends string>(list: readonly T[], value: string): T | null => ((list as readonly string[]).includes(value) ? (value as T) : null);

/**
 * Tình hình nộp báo cáo: per form and period, who has submitted (on time or late), who is
 * preparing a report not yet submitted, and who has none. The choices live in the address bar,
 * each a step of the history, so Back and a shared link show the same view.
 */
export function IndicatorCompletenessRoute() {
  const t = useT();
  const forms = useReportForms();
  const { values, page, setFilter, setMany, setPage } = useListParams(keys, { push: true });
  const form = forms.data?.find((f) => f.id === values.formId);
  const needsProvince = form && (form.unitKind === 'commune' || form.unitKind === 'agency');
  const formId = form?.id ?? null;
  const period = values.period || null;
  const query = useCompleteness(formId && period ? { formId, period, ...(values.provinceCode ? { provinceCode: values.provinceCode } : {}) } : null);
  const c = query.data;
  const state = oneOf(completenessStates, values.state);
  const sort: CompletenessSort = oneOf(completenessSorts, values.sort) ?? 'unit';
  const shown = c ? arrangeUnits(c.units, state, sort) : [];

  const count = (label: string, value: number, which: CompletenessState | null, color?: string) => (
    <Paper withBorder p="sm" radius="md" data-testid={`count-${which ?? 'expected'}`}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="xl" fw={700} c={color}>{formatNumber(value)}</Text>
    </Paper>
  );

  return (
    <Container size="xl" px={0}>
      <PageHeader title={t('indicatorReports.completeness.title')} description={t('indicatorReports.completeness.description')} crumbs={[{ label: t('indicatorReports.report.crumb'), to: '/indicators' }]} />
      <Group mb="md" align="flex-end" wrap="wrap">
        <Select
          label={t('indicatorReports.open.form')}
          data={(forms.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
          value={formId}
          onChange={(v) => setMany({ formId: v ?? '', period: '', state: '' })}
          w={{ base: '100%', sm: 320 }}
          data-testid="completeness-form"
        />
        <PeriodPicker key={formId ?? ''} frequency={form?.frequency ?? null} value={period} onChange={(p) => setFilter('period', p ?? '')} disabled={!form} testId="completeness-period" />
        {needsProvince && (
          <ProvinceSelect label={t('indicatorReports.filter.province')} value={values.provinceCode || null} onChange={(v) => setFilter('provinceCode', v ?? '')} clearable />
        )}
      </Group>
      {needsProvince && !values.provinceCode && <Text size="sm" c="dimmed" mb="sm">{t('indicatorReports.completeness.provinceNeeded')}</Text>}
      {!formId || !period ? (
        <EmptyNotice title={t('indicatorReports.completeness.choose')} />
      ) : query.isPending ? (
        <PageLoader />
      ) : query.error ? (
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : c && c.units.length === 0 ? (
        <EmptyNotice title={t('indicatorReports.completeness.noUnits')} />
      ) : c ? (
        <>
          <Text size="sm" mb="sm">{t('indicatorReports.completeness.due', { date: formatDate(c.dueDate) })}</Text>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mb="md" data-testid="completeness-counts">
            {count(t('indicatorReports.completeness.expected'), c.counts.expected, null)}
            {count(t('indicatorReports.completeness.onTime'), c.counts.onTime, 'onTime', 'teal')}
            {count(t('indicatorReports.completeness.late'), c.counts.late, 'late', 'orange')}
            {count(t('indicatorReports.completeness.approved'), c.counts.approved, 'approved', 'teal')}
            {count(t('indicatorReports.completeness.inProgress'), c.counts.inProgress, 'inProgress', 'blue')}
            {count(t('indicatorReports.completeness.missing'), c.counts.missing, 'missing', 'red')}
          </SimpleGrid>
          {c.units.every((u) => u.unitKind === 'province') && <CompletenessMap completeness={c} fileName={`tinh-hinh-nop-bao-cao-${c.period}`} />}
          <Group mt="md" mb="xs" align="flex-end" wrap="wrap">
            <Select
              label={t('indicatorReports.completeness.showState')}
              placeholder={t('indicatorReports.filter.any')}
              data={completenessStates.map((s) => ({ value: s, label: t(`indicatorReports.map.${s}`) }))}
              value={state}
              onChange={(v) => setFilter('state', v ?? '')}
              clearable
              w={{ base: '100%', xs: 240 }}
              data-testid="completeness-state"
            />
            <Select
              label={t('indicatorReports.sort.label')}
              data={completenessSorts.map((s) => ({ value: s, label: t(`indicatorReports.completeness.sort.${s}`) }))}
              value={sort}
              onChange={(v) => setFilter('sort', v === 'unit' ? '' : (v ?? ''))}
              allowDeselect={false}
              w={{ base: '100%', xs: 240 }}
              data-testid="completeness-sort"
            />
          </Group>
          <Table.ScrollContainer minWidth={640}>
            <Table striped withTableBorder data-testid="completeness-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('indicatorReports.completeness.unit')}</Table.Th>
                  <Table.Th>{t('indicatorReports.completeness.state')}</Table.Th>
                  <Table.Th>{t('indicatorReports.completeness.status')}</Table.Th>
                  <Table.Th>{t('indicatorReports.completeness.submittedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.slice((page - 1) * pageSize, page * pageSize).map((u) => {
                  const s = stateOf(u);
                  return (
                    <Table.Tr key={`${u.unitKind}:${u.unitCode}`}>
                      <Table.Td>{u.reportId ? <Anchor component={Link} to={`/indicators/reports/${u.reportId}`}>{u.unitName}</Anchor> : u.unitName}</Table.Td>
                      <Table.Td>
                        <Badge color={stateColours[s]} variant={s === 'approved' ? 'filled' : 'light'}>
                          {t(`indicatorReports.map.${s}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{u.status === 'missing' ? '' : <ReportStatusBadge status={u.status} />}</Table.Td>
                      <Table.Td>{formatDateTime(u.submittedAt)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown.length === 0 && <Text size="sm" c="dimmed" mt="sm">{t('indicatorReports.completeness.noneInState')}</Text>}
          <ListPagination page={page} pageSize={pageSize} total={shown.length} onChange={setPage} />
        </>
      ) : null}
    </Container>
  );
}
