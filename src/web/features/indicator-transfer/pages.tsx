// What the app shell mounts from this feature (one lazily loaded chunk).
import { Button, Card, FileInput, Group, Progress, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { reportingUnitKinds } from '../../../shared/api/indicators';
import { PageHeader } from '../../components/page-header';
import type { MessageId } from '../../lib/messages';
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
  const [formId, setFormId] = useState<string | null>(null);
  const [unitKind, setUnitKind] = useState<string | null>('province');
  const [unitCode, setUnitCode] = useState('');
  const [period, setPeriod] = useState('');
  const [provinceCode, setProvinceCode] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [percent, setPercent] = useState(0);
  const importing = useImportFile();
  const formOptions = (forms.data ?? []).map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }));
  const ready = Boolean(formId && unitKind && unitCode && period);

  return (
    <Stack>
      <PageHeader title={t('indicatorTransfer.title')} description={t('indicatorTransfer.description')} />
      <Card withBorder>
        <Stack>
          <Title order={3}><FormattedMessage id="indicatorTransfer.template.title" /></Title>
          <Text size="sm" c="dimmed"><FormattedMessage id="indicatorTransfer.template.hint" /></Text>
          <Group align="end">
            <Select label={t('indicatorTransfer.form')} data={formOptions} value={formId} onChange={setFormId} w={360} searchable data-testid="form-select" />
            <Select label={t('indicatorTransfer.unitKind')} data={reportingUnitKinds.map((k) => ({ value: k, label: t(`indicatorReports.unitKind.${k}` as MessageId) }))} value={unitKind} onChange={setUnitKind} w={180} />
            <TextInput label={t('indicatorTransfer.unitCode')} description={t('indicatorTransfer.unitCode.hint')} value={unitCode} onChange={(e) => setUnitCode(e.currentTarget.value.trim())} w={200} />
            <TextInput label={t('indicatorTransfer.period')} description={t('indicatorTransfer.period.hint')} value={period} onChange={(e) => setPeriod(e.currentTarget.value.trim().toUpperCase())} w={200} />
            <Button component="a" href={ready ? templateUrl({ formId: formId!, unitKind: unitKind!, unitCode, period }) : undefined} disabled={!ready} data-testid="template-download">
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
          <Group align="end">
            <TextInput label={t('indicatorTransfer.export.province')} value={provinceCode} onChange={(e) => setProvinceCode(e.currentTarget.value.trim())} w={260} />
            {(['csv', 'xlsx'] as const).map((format) => (
              <Button key={format} variant="light" component="a" disabled={!formId} href={formId ? exportUrl({ formId, period: period || undefined, provinceCode: provinceCode || undefined, format }) : undefined}>
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
