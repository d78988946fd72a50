import { Button, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ReportForm } from '../../../../../shared/api/indicators';
import { ProblemAlert } from '../../../../components/problem-alert';
import { useLocale } from '../../../../lib/locale';
import { useT } from '../../../../lib/use-t';
import { ReportingUnitSelect, unitValue } from '../../../../components/reporting-unit-select/reporting-unit-select';
import type { ReportingUnitItem } from '../../../../../shared/api/indicator-reports';
import { useOpenReport } from '../../api/open-report';
import { openablePeriods, vietnamToday } from './period-options';

/** Chooses a form, a unit the person reports for and a started period, opens (or creates) the report and goes to its grid. */
export function OpenReportPanel({ forms }: { forms: ReportForm[] }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const open = useOpenReport();
  const [formId, setFormId] = useState<string | null>(forms.length === 1 ? forms[0]!.id : null);
  const [period, setPeriod] = useState<string | null>(null);
  const [unit, setUnit] = useState<ReportingUnitItem | null>(null);
  const form = forms.find((f) => f.id === formId);
  const periods = form ? openablePeriods(form.frequency, vietnamToday(), locale === 'en' ? 'en' : 'vi') : [];

  const submit = () => {
    if (!formId || !period || !unit) return;
    open.mutate({ formId, period, unitKind: unit.unitKind, unitCode: unit.unitCode }, { onSuccess: (r) => void navigate(`/indicators/reports/${r.id}`) });
  };

  return (
    <Paper withBorder p="md" radius="md" mb="lg">
      <Stack gap="sm">
        <div>
          <Title order={4}>{t('indicatorReports.open.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('indicatorReports.open.hint')}
          </Text>
        </div>
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          <Select
            label={t('indicatorReports.open.form')}
            placeholder={t('indicatorReports.open.formPlaceholder')}
            data={forms.map((f) => ({ value: f.id, label: f.name }))}
            value={formId}
            onChange={(v) => {
              setFormId(v);
              setPeriod(null);
              setUnit(null);
            }}
            description={form ? t('indicatorReports.open.frequency', { frequency: t(`indicatorReports.frequency.${form.frequency}`), days: Math.max(0, form.deadlineDays) }) : undefined}
          />
          <Select
            label={t('indicatorReports.open.period')}
            placeholder={t('indicatorReports.open.periodPlaceholder')}
            data={periods}
            value={period}
            onChange={(v) => {
              setPeriod(v);
              setUnit(null);
            }}
            disabled={!form}
          />
          <ReportingUnitSelect
            label={t('indicatorReports.open.unit')}
            placeholder={t('indicatorReports.open.unitPlaceholder')}
            formId={formId}
            period={period}
            value={unit ? unitValue(unit) : null}
            onChange={setUnit}
            disabled={!form || !period}
          />
        </SimpleGrid>
        {open.error && <ProblemAlert error={open.error} />}
        <div>
          <Button onClick={submit} loading={open.isPending} disabled={!formId || !period || !unit}>
            {t('indicatorReports.open.submit')}
          </Button>
        </div>
      </Stack>
    </Paper>
  );
}
