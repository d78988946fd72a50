import { Button, Container, Group, Paper, Select, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { reportSorts, reportStatuses, type ReportSort } from '../../../../shared/api/indicator-reports';
import { EmptyNotice } from '../../../components/empty-notice';
import { ListPagination } from '../../../components/list-pagination';
import { ListState } from '../../../components/list-state';
import { PageHeader } from '../../../components/page-header';
import { PeriodPicker } from '../../../components/period-picker/period-picker';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { useCan, useSignedInUser } from '../../../lib/current-user';
import { useListParams } from '../../../lib/search-params';
import { useT } from '../../../lib/use-t';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { useReportForms } from '../api/list-report-forms';
import { useReports } from '../api/list-reports';
import { OpenReportPanel } from '../components/list/open-report-panel';
import { ReportsTable } from '../components/list/reports-table';

const pageSize = 20;
const filterKeys = ['formId', 'period', 'status', 'provinceCode', 'sort'] as const;

/** Báo cáo chỉ tiêu: what waits for me, opening a report, and every report within reach. */
export function IndicatorReportsRoute() {
  const t = useT();
  const user = useSignedInUser();
  const canReport = useCan('indicators.report');
  const forms = useReportForms();
  // Filters, order and page in the address bar, each choice a step of the history: Back undoes it, a link shows the same list.
  const { values, page, setFilter, setMany, setPage } = useListParams(filterKeys, { push: true });
  const waiting = useReports({ waiting: 'true', page: 1, pageSize: 10 });
  const sort = (reportSorts as readonly string[]).includes(values.sort) ? (values.sort as ReportSort) : 'updated';
  const list = useReports({ ...values, sort, page, pageSize });
  const filtered = filterKeys.some((k) => k !== 'sort' && values[k]);
  const form = forms.data?.find((f) => f.id === values.formId);

  return (
    <Container size="xl" px={0}>
      <PageHeader
        title={t('indicatorReports.title')}
        description={t('indicatorReports.description')}
        actions={
          <Button component={Link} to="/indicators/completeness" variant="default">
            {t('indicatorReports.nav.completeness')}
          </Button>
        }
      />
      <Paper withBorder p="md" radius="md" mb="lg" data-testid="waiting">
        <Title order={4}>{t('indicatorReports.waiting.title')}</Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('indicatorReports.waiting.hint')}
        </Text>
        <ListState query={waiting} empty={<Text size="sm">{t('indicatorReports.waiting.empty')}</Text>}>
          {(data) => (
            <>
              <ReportsTable items={data.items} />
              {data.total > data.items.length && <Text size="sm" c="dimmed">{t('indicatorReports.waiting.more', { count: data.total - data.items.length })}</Text>}
            </>
          )}
        </ListState>
      </Paper>
      {canReport && forms.data && (forms.data.length > 0 ? <OpenReportPanel forms={forms.data} /> : <Text c="dimmed" mb="lg">{t('indicatorReports.open.noForms')}</Text>)}
      <Paper withBorder p="md" radius="md">
        <Title order={4} mb="sm">
          {t('indicatorReports.list.title')}
        </Title>
        <Group mb="md" align="flex-end" gap="sm" wrap="wrap">
          <Select
            label={t('indicatorReports.filter.form')}
            placeholder={t('indicatorReports.filter.any')}
            data={(forms.data ?? []).map((f) => ({ value: f.id, label: f.name }))}
            value={values.formId || null}
            // Another form may have another frequency: its period would not fit.
            onChange={(v) => setMany({ formId: v ?? '', period: '' })}
            clearable
            data-testid="filter-form"
          />
          <PeriodPicker key={values.formId} frequency={form?.frequency ?? null} value={values.period || null} onChange={(p) => setFilter('period', p ?? '')} clearable testId="filter-period" />
          <Select
            label={t('indicatorReports.filter.status')}
            placeholder={t('indicatorReports.filter.any')}
            data={reportStatuses.map((s) => ({ value: s, label: t(`indicatorReports.status.${s}`) }))}
            value={values.status || null}
            onChange={(v) => setFilter('status', v ?? '')}
            clearable
            data-testid="filter-status"
          />
          {isNationalRole(user.role) && (
            <ProvinceSelect label={t('indicatorReports.filter.province')} value={values.provinceCode || null} onChange={(v) => setFilter('provinceCode', v ?? '')} clearable />
          )}
          <Select
            label={t('indicatorReports.sort.label')}
            data={reportSorts.map((s) => ({ value: s, label: t(`indicatorReports.sort.${s}`) }))}
            value={sort}
            onChange={(v) => setFilter('sort', v === 'updated' ? '' : (v ?? ''))}
            allowDeselect={false}
            data-testid="filter-sort"
          />
        </Group>
        <ListState
          query={list}
          empty={
            <EmptyNotice
              title={t(filtered ? 'indicatorReports.empty.filtered' : 'indicatorReports.empty.none')}
              description={t(filtered ? 'common.empty.searchHint' : canReport ? 'indicatorReports.empty.noneHint' : 'indicatorReports.empty.noneReadOnly')}
            />
          }
        >
          {(data) => (
            <>
              <ReportsTable items={data.items} />
              <ListPagination page={page} pageSize={pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </ListState>
      </Paper>
    </Container>
  );
}
