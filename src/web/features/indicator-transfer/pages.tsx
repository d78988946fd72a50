// What the app shell mounts from this feature (one lazily loaded chunk).
import { Button, Card, FileInput, Group, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ReportingUnitItem } from '../../../shared/api/indicator-reports';
import { PageHeader } from '../../components/page-header';
import { PeriodPicker } from '../../components/period-picker/period-picker';
import { ProvinceSelect } from '../../components/province-select/province-select';
import { ReportingUnitSelect, unitValue } from '../../components/reporting-unit-select/reporting-unit-select';
import { useCan } from '../../lib/current-user';
import { useT } from '../../lib/use-t';
import { exportUrl, templateUrl, useImportFile, useReportForms } from './api/transfer';
import { FiguresPanel } from './components/figures-panel';
import { ImportOutcome } from './components/import-outcome';

/**
 * /indicators/import: the template of one report, the upload of a filled template or a long CSV
 * (with the upload's progress, then the server's checking), exports, and the figures of
 * imported documents. Upload progress is enough here: a file is at most 20 MB and 200.000
 * lines, which the server checks and writes in seconds, so no job to poll.
 */
export function IndicatorImportRoute() {
  const t = useT();
  const forms = useReportForms();
  const canReport = useCan('indicators.report');
  const [formId, setFormId] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [unit, setUnit] = useState<ReportingUnitItem | null>(null);
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState(0);
  const importing = useImportFile();
  const formOptions = (forms.data ?? []).map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }));
  const form = forms.data?.find((f) => f.id === formId);
  const ready = Boolean(formId && unit && period);

  return (
    <Stack>
      <PageHeader title={t('indicatorTransfer.title')} description={t('indicatorTransfer.description')} />
      <Card withBorder>
        <Stack>
          <Title order={3}><FormattedMessage id="indicatorTransfer.template.title" /></Title>
          <Text size="sm" c="dimmed"><FormattedMessage id="indicatorTransfer.template.hint" /></Text>
          <Group align="end" wrap="wrap">
            <Select
              label={t('indicatorTransfer.form')}
              data={formOptions}
              value={formId}
              onChange={(v) => {
                setFormId(v);
                setPeriod(null);
                setUnit(null);
              }}
              w={{ base: '100%', sm: 360 }}
              searchable
              data-testid="form-select"
            />
            <PeriodPicker
              frequency={form?.frequency ?? null}
              value={period}
              onChange={(p) => {
                setPeriod(p);
                setUnit(null);
              }}
              disabled={!form}
              testId="template-period"
            />
            {canReport && (
              <ReportingUnitSelect
                label={t('indicatorTransfer.unit')}
                placeholder={t('indicatorTransfer.unit.placeholder')}
                formId={formId}
                period={period}
                value={unit ? unitValue(unit) : null}
                onChange={setUnit}
                disabled={!period}
                w={{ base: '100%', sm: 320 }}
                data-testid="template-unit"
              />
            )}
            <Button
              component="a"
              href={ready ? templateUrl({ formId: formId!, unitKind: unit!.unitKind, unitCode: unit!.unitCode, period: period! }) : undefined}
              disabled={!ready}
              // A disabled link is still an <a>: saying so keeps it out of the contrast rule, as a disabled button is.
              aria-disabled={!ready}
              data-testid="template-download"
            >
              <FormattedMessage id="indicatorTransfer.template.download" />
            </Button>
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={3}><FormattedMessage id="indicatorTransfer.upload.title" /></Title>
          <Text size="sm" c="dimmed"><FormattedMessage id="indicatorTransfer.upload.allOrNothing" /></Text>
          <Group align="end">
            <FileInput label={t('indicatorTransfer.upload.drop')} accept=".xlsx,.csv" value={file} onChange={setFile} w={360} clearable data-testid="import-file" />
            <Button
              disabled={!file || importing.isPending}
              loading={importing.isPending}
              onClick={() => {
                setPercent(0);
                importing.mutate({ file: file!, formId: formId ?? undefined, onProgress: setPercent });
              }}
              data-testid="import-send"
            >
              <FormattedMessage id="indicatorTransfer.upload.send" />
            </Button>
          </Group>
          {importing.isPending ? (
            <Stack gap={4}>
              <Progress value={percent} animated={percent >= 100} />
              <Text size="sm">{percent < 100 ? <FormattedMessage id="indicatorTransfer.upload.sending" values={{ percent }} /> : <FormattedMessage id="indicatorTransfer.upload.processing" />}</Text>
            </Stack>
          ) : null}
          <ImportOutcome result={importing.data} error={importing.error ?? undefined} />
        </Stack>
      </Card>
      <Card withBorder>
        <Stack>
          <Title order={3}><FormattedMessage id="indicatorTransfer.csv.title" /></Title>
          <Text size="sm" c="dimmed"><FormattedMessage id="indicatorTransfer.csv.format" /></Text>
          <Text size="sm" c="dimmed"><FormattedMessage id="indicatorTransfer.export.scope" /></Text>
          <Group align="end">
            <ProvinceSelect label={t('indicatorTransfer.export.province')} placeholder={t('indicatorTransfer.export.allProvinces')} value={provinceCode} onChange={setProvinceCode} clearable />
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button key={format} variant="light" component="a" disabled={!formId} aria-disabled={!formId} href={formId ? exportUrl({ formId, period: period ?? undefined, provinceCode: provinceCode ?? undefined, format }) : undefined}>
                <FormattedMessage id={format === 'csv' ? 'indicatorTransfer.export.csv' : 'indicatorTransfer.export.xlsx'} />
              </Button>
            ))}
          </Group>
        </Stack>
      </Card>
      <Card withBorder>
        <FiguresPanel forms={forms.data ?? []} />
      </Card>
    </Stack>
  );
}
