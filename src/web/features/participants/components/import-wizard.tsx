import { Alert, Anchor, Button, FileInput, Group, Modal, Stack, Stepper, Text } from '@mantine/core';
import { useState } from 'react';
import { participantLimits, type ImportPreview, type ImportResult } from '../../../../shared/api/participants';
import { ProblemAlert } from '../../../components/problem-alert';
import { ApiError } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { participantTemplateUrl, uploadTypeOf, useImportParticipants, usePreviewImport } from '../api/import-participants';
import { ColumnMappingFields, type DraftMapping } from './column-mapping-fields';
import { ImportErrorsTable } from './import-errors-table';
import { parseIssuePath, type RowIssue } from './import-labels';

type Props = { conferenceId: string; onClose: () => void };

/**
 * Importing an invitation list in three steps: choose the file (the template, or any list with
 * a name column), check which column holds which field, then either the result or the table of
 * bad rows. A file with any bad row is refused whole, so the person fixes it and sends it again.
 */
export function ImportWizard({ conferenceId, onClose }: Props) {
  const t = useT();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mapping, setMapping] = useState<DraftMapping | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [issues, setIssues] = useState<RowIssue[] | null>(null);
  const readFile = usePreviewImport(conferenceId);
  const importFile = useImportParticipants(conferenceId);

  const reset = () => {
    setStep(0);
    setFile(null);
    setPreview(null);
    setMapping(null);
    setResult(null);
    setIssues(null);
    setLocalError(null);
    readFile.reset();
    importFile.reset();
  };

  const choose = (chosen: File | null) => {
    reset();
    setFile(chosen);
    if (!chosen) return;
    if (!uploadTypeOf(chosen.name)) return setLocalError(t('participants.import.wrongType', { name: chosen.name }));
    if (chosen.size > participantLimits.importBytes) return setLocalError(t('participants.import.tooLarge', { name: chosen.name, limit: formatNumber(participantLimits.importBytes / 1024 / 1024) }));
    readFile.mutate(chosen, {
      onSuccess: (p) => {
        setPreview(p);
        setMapping(p.suggestedMapping);
        setStep(1);
      },
    });
  };

  const submit = () => {
    if (!file || !mapping || mapping.name === null) return;
    importFile.mutate(
      { file, mapping: { ...mapping, name: mapping.name } },
      {
        onSuccess: (r) => {
          setResult(r);
          setStep(2);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.problem.errors?.length) {
            setIssues(error.problem.errors.map((e) => parseIssuePath(e.path, e.message)));
            setStep(2);
          }
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={t('participants.import.title')} size="xl" centered>
      <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={(s) => s === 0 && reset()}>
        <Stepper.Step label={t('participants.import.step.file')}>
          <Stack gap="sm" mt="md">
            <Text size="sm">
              {t('participants.import.fileHint', { rows: formatNumber(participantLimits.importRows), limit: formatNumber(participantLimits.importBytes / 1024 / 1024) })}{' '}
              <Anchor href={participantTemplateUrl} download>
                {t('participants.import.template')}
              </Anchor>
            </Text>
            <FileInput
              label={t('participants.import.chooseFile')}
              placeholder={t('participants.import.choosePlaceholder')}
              accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
              value={file}
              onChange={choose}
              clearable
            />
            {readFile.isPending && <Text size="sm">{t('participants.import.reading')}</Text>}
            {localError && (
              <Alert color="red" variant="light" role="alert">
                {localError}
              </Alert>
            )}
            {readFile.error ? <ProblemAlert error={readFile.error} /> : null}
          </Stack>
        </Stepper.Step>

        <Stepper.Step label={t('participants.import.step.columns')}>
          {preview && mapping && (
            <Stack gap="sm" mt="md">
              <Text size="sm">
                {t('participants.import.previewSummary', {
                  name: file?.name ?? '',
                  rows: formatNumber(preview.rowCount),
                  count: preview.rowCount,
                  headerRow: formatNumber(preview.headerRow),
                })}
              </Text>
              <ColumnMappingFields
                preview={preview}
                mapping={mapping}
                onChange={setMapping}
                error={mapping.name === null ? t('participants.import.nameRequired') : undefined}
              />
              {importFile.error && !issues ? <ProblemAlert error={importFile.error} /> : null}
              <Group justify="space-between">
                <Button variant="default" onClick={reset}>
                  {t('participants.import.otherFile')}
                </Button>
                <Button onClick={submit} loading={importFile.isPending} disabled={mapping.name === null || preview.rowCount === 0}>
                  {t('participants.import.submit', { rows: formatNumber(preview.rowCount), count: preview.rowCount })}
                </Button>
              </Group>
            </Stack>
          )}
        </Stepper.Step>

        <Stepper.Step label={t('participants.import.step.result')}>
          <Stack gap="sm" mt="md">
            {result && (
              <Alert color="teal" variant="light" title={t('participants.import.doneTitle')} role="status">
                {t('participants.import.done', {
                  created: formatNumber(result.created),
                  present: formatNumber(result.alreadyPresent),
                  createdCount: result.created,
                  presentCount: result.alreadyPresent,
                })}
              </Alert>
            )}
            {issues && (
              <>
                <Alert color="red" variant="light" title={t('participants.import.refusedTitle')} role="alert">
                  {t('participants.import.refused', { count: issues.length, problems: formatNumber(issues.length) })}
                </Alert>
                <ImportErrorsTable issues={issues} />
              </>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={reset}>
                {t(issues ? 'participants.import.retry' : 'participants.import.another')}
              </Button>
              <Button onClick={onClose}>{t('participants.import.close')}</Button>
            </Group>
          </Stack>
        </Stepper.Step>
      </Stepper>
    </Modal>
  );
}
