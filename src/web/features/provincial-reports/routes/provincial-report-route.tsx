import { Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { PageHeader } from '../../../components/page-header';
import { ProblemAlert } from '../../../components/problem-alert';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { useSignedInUser } from '../../../lib/current-user';
import { useT } from '../../../lib/use-t';
import { reportDocxUrl, useReportPreview } from '../api/get-report-preview';
import { ReportPreviewCard } from '../components/report-preview-card';
import { periodCode, periodKinds, recentYears, type PeriodKind } from '../components/report-period';

/**
 * /follow-up/report — the province's human rights report for a period as a Word document (Decree
 * 30 layout), with what it will contain shown first; national roles also download the synthesis
 * of the 34 provinces. A provincial account's province is fixed to its own.
 */
export function ProvincialReportRoute() {
  const t = useT();
  const user = useSignedInUser();
  const national = isNationalRole(user.role);
  const years = recentYears();
  const [province, setProvince] = useState<string | null>(national ? null : user.provinceCode);
  const [year, setYear] = useState(years[1]!);
  const [kind, setKind] = useState<PeriodKind>('year');
  const period = periodCode(year, kind);
  const provincePreview = useReportPreview(province, period);
  const nationalPreview = useReportPreview(national ? 'national' : null, period);

  return (
    <Stack>
      <PageHeader title={t('provincialReports.title')} description={t('provincialReports.description')} />
      <Card withBorder padding="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ProvinceSelect label={t('provincialReports.province')} value={province} onChange={setProvince} disabled={!national} />
          <Select
            label={t('provincialReports.year')}
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
            value={String(year)}
            onChange={(v) => v && setYear(Number(v))}
            allowDeselect={false}
          />
          <Select
            label={t('provincialReports.period')}
            data={periodKinds.map((k) => ({ value: k, label: t(`provincialReports.periodKind.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as PeriodKind)}
            allowDeselect={false}
          />
        </SimpleGrid>
      </Card>
      {province === null && <Text c="dimmed">{t('provincialReports.chooseProvince')}</Text>}
      {province !== null && (
        <Stack gap="sm">
          {provincePreview.error ? <ProblemAlert error={provincePreview.error} /> : <ReportPreviewCard preview={provincePreview.data} loading={provincePreview.isFetching} />}
          <Group>
            <Button component="a" href={reportDocxUrl(province, period)} download disabled={!provincePreview.data}>
              {t('provincialReports.download')}
            </Button>
          </Group>
        </Stack>
      )}
      {national && (
        <Stack gap="sm">
          {nationalPreview.error ? <ProblemAlert error={nationalPreview.error} /> : <ReportPreviewCard preview={nationalPreview.data} loading={nationalPreview.isFetching} />}
          <Group>
            <Button component="a" href={reportDocxUrl('national', period)} download variant="light">
              {t('provincialReports.downloadNational')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
