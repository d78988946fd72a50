import { Alert, Anchor, Button, FileInput, Group, NumberInput, Progress, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { followupImportLimits, planColumnFields, uprColumnFields, type DraftRow, type ImportCommitResult, type ImportPreview } from '../../../../shared/api/followup-transfer';
import { isNationalRole } from '../../../../shared/auth/permissions';
import { DateField } from '../../../components/date-field';
import { ProblemAlert } from '../../../components/problem-alert';
import { ProvinceSelect } from '../../../components/province-select/province-select';
import { ApiError } from '../../../lib/api-client';
import { useSignedInUser } from '../../../lib/current-user';
import { formatNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { tableTypeOf, useCommitFollowupImport, usePreviewFollowupImport, type ImportSource } from '../api/import-followup';
import { MappingFields } from './mapping-fields';
import { PreviewTable, remainingErrors, type RowFix } from './preview-table';

const accepts: Record<ImportSource, string> = {
  upr: '.xlsx,.csv',
  plan: '.xlsx,.csv',
  document: '.docx,.pdf,.txt,.html,.htm',
};

/** The item a row becomes once the person's fixes are applied. */
function withFixes(row: DraftRow, fix: RowFix | undefined): DraftRow['item'] {
  if (!fix) return row.item;
  const chosen = Object.values(fix.cooperating ?? {}).filter((id): id is string => Boolean(id));
  const lead = fix.leadOrganisationId ?? row.item.leadOrganisationId;
  const cooperating = [...new Set([...row.item.cooperatingOrganisationIds, ...chosen])].filter((id) => id !== lead);
  return { ...row.item, leadOrganisationId: lead, cooperatingOrganisationIds: cooperating };
}

/**
 * One import: choose the file and what it is (UPR cycle and adoption date, or the plan's number
 * and date; national or a province), read it, correct the columns, tick and fix rows, then save
 * them all at once. Nothing is saved before the last step.
 */
export function ImportPanel({ source }: { source: ImportSource }) {
  const t = useT();
  const user = useSignedInUser();
  const national = isNationalRole(user.role);
  const [file, setFile] = useState<File | null>(null);
  const [uprCycle, setUprCycle] = useState<number | string>(4);
  const [itemDate, setItemDate] = useState('');
  const [planNumber, setPlanNumber] = useState('');
  const [planTitle, setPlanTitle] = useState('');
  const [nationalScope, setNationalScope] = useState(national);
  const [provinceCode, setProvinceCode] = useState<string | null>(national ? null : user.provinceCode);
  const [mapping, setMapping] = useState<Record<string, number | null> | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [included, setIncluded] = useState<Set<number>>(new Set());
  const [fixes, setFixes] = useState<Record<number, RowFix>>({});
  const [result, setResult] = useState<ImportCommitResult | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [sent, setSent] = useState(0);
  const read = usePreviewFollowupImport();
  const save = useCommitFollowupImport();
  const scope = nationalScope ? null : provinceCode;
  // The server found no heading it knows for the text: the person names the column, then adjusts the rest.
  const noTextColumn = source !== 'document' && read.error instanceof ApiError && Boolean(read.error.problem.errors?.some((e) => e.path === 'mapping.text'));

  const reset = () => {
    setPreview(null);
    setMapping(null);
    setIncluded(new Set());
    setFixes({});
    setResult(null);
    read.reset();
    save.reset();
  };

  const readFile = (withMapping: Record<string, number | null> | null) => {
    if (!file) return;
    setLocalError(null);
    if (source !== 'document' && !tableTypeOf(file.name)) return setLocalError(t('followupTransfer.wrongType', { name: file.name }));
    const limit = source === 'document' ? followupImportLimits.documentBytes : followupImportLimits.tableBytes;
    if (file.size > limit) return setLocalError(t('followupTransfer.tooLarge', { name: file.name, limit: formatNumber(limit / 1024 / 1024) }));
    const query: Record<string, string | null | undefined> = { provinceCode: scope ?? undefined, mapping: withMapping ? JSON.stringify(withMapping) : undefined };
    if (source === 'plan') Object.assign(query, { planNumber, planDate: itemDate, planTitle: planTitle || undefined });
    else Object.assign(query, { itemDate, uprCycle: uprCycle === '' ? undefined : String(uprCycle) });
    setResult(null);
    setSent(0);
    read.mutate(
      { source, file, query, onProgress: setSent },
      {
        onSuccess: (p) => {
          setPreview(p);
          setMapping(p.mapping);
          setFixes({});
          setIncluded(new Set(p.rows.filter((r) => !r.errors.length && !r.duplicate).map((r) => r.rowNumber)));
        },
      },
    );
  };

  const rowsToSave = (preview?.rows ?? []).filter((r) => included.has(r.rowNumber) && !r.duplicate && remainingErrors(r, fixes[r.rowNumber]).length === 0);
  const commit = () =>
    save.mutate(
      { source, fileName: file?.name ?? null, items: rowsToSave.map((r) => ({ rowNumber: r.rowNumber, ...withFixes(r, fixes[r.rowNumber]) })) },
      { onSuccess: (r) => setResult(r) },
    );
  const listLink = source === 'plan' ? `/follow-up?kind=plan` : source === 'upr' ? `/follow-up?kind=upr&uprCycle=${uprCycle}` : '/follow-up';
  const ready = Boolean(file && itemDate && (source !== 'plan' || planNumber.trim()) && (nationalScope || provinceCode));

  return (
    <Stack gap="md" mt="md">
      <Text size="sm">{t(`followupTransfer.${source}.hint`, { rows: formatNumber(followupImportLimits.rows) })}</Text>
      <Group align="flex-end" gap="md">
        <FileInput
          label={t('followupTransfer.file')}
          placeholder={t('followupTransfer.choose')}
          accept={accepts[source]}
          value={file}
          onChange={(f) => {
            reset();
            setFile(f);
          }}
          clearable
          w={320}
        />
        {source === 'plan' ? (
          <>
            <TextInput label={t('followupTransfer.planNumber')} placeholder="123/KH-UBND" value={planNumber} onChange={(e) => setPlanNumber(e.currentTarget.value)} required />
            <TextInput label={t('followupTransfer.planTitle')} value={planTitle} onChange={(e) => setPlanTitle(e.currentTarget.value)} w={320} />
          </>
        ) : (
          <NumberInput label={t('followupTransfer.uprCycle')} value={uprCycle} onChange={setUprCycle} min={1} max={9} w={140} required={source === 'upr'} />
        )}
        <DateField label={t(source === 'plan' ? 'followupTransfer.planDate' : 'followupTransfer.itemDate')} value={itemDate} onChange={setItemDate} required />
      </Group>
      <Group align="flex-end" gap="md">
        {national && <Switch label={t('followupTransfer.national')} checked={nationalScope} onChange={(e) => setNationalScope(e.currentTarget.checked)} />}
        {!nationalScope && <ProvinceSelect label={t('followupTransfer.province')} value={provinceCode} onChange={setProvinceCode} disabled={!national} required />}
        <Button onClick={() => readFile(null)} disabled={!ready} loading={read.isPending}>
          {t('followupTransfer.read')}
        </Button>
      </Group>
      {read.isPending && (
        <Stack gap={4}>
          <Progress value={sent < 100 ? sent : 100} animated={sent >= 100} striped={sent >= 100} aria-label={t('followupTransfer.reading')} />
          <Text size="xs" c="dimmed">
            {sent < 100 ? t('followupTransfer.sending', { percent: formatNumber(sent) }) : t('followupTransfer.reading')}
          </Text>
        </Stack>
      )}
      {localError && (
        <Alert color="red" variant="light" role="alert">
          {localError}
        </Alert>
      )}
      {read.error ? <ProblemAlert error={read.error} /> : null}
      {noTextColumn && (
        <Select
          label={t('followupTransfer.mapping.chooseText')}
          data={Array.from({ length: 12 }, (_, i) => ({ value: String(i), label: t('followupTransfer.mapping.letter', { letter: String.fromCharCode(65 + i) }) }))}
          onChange={(v) => v !== null && readFile({ text: Number(v) })}
          w={320}
        />
      )}

      {preview && mapping && source !== 'document' && (
        <Stack gap="xs">
          <Text fw={600}>{t('followupTransfer.mapping.title')}</Text>
          <MappingFields fields={source === 'upr' ? uprColumnFields : planColumnFields} headers={preview.headers} mapping={mapping} onChange={setMapping} />
          <Group>
            <Button variant="default" onClick={() => readFile(mapping)} loading={read.isPending} disabled={mapping.text === null}>
              {t('followupTransfer.mapping.apply')}
            </Button>
          </Group>
        </Stack>
      )}

      {preview && (
        <Stack gap="sm">
          {preview.warnings.map((w) => (
            <Alert key={w} color="yellow" variant="light">
              {w}
            </Alert>
          ))}
          <Text size="sm" role="status">
            {t('followupTransfer.preview.summary', {
              rows: formatNumber(preview.counts.rows),
              ready: formatNumber(preview.counts.ready),
              errors: formatNumber(preview.counts.withErrors),
              duplicates: formatNumber(preview.counts.duplicates),
            })}
          </Text>
          <PreviewTable
            rows={preview.rows}
            included={included}
            onInclude={(n, on) =>
              setIncluded((s) => {
                const next = new Set(s);
                if (on) next.add(n);
                else next.delete(n);
                return next;
              })
            }
            fixes={fixes}
            onFix={(n, fix) => {
              setFixes((f) => ({ ...f, [n]: fix }));
              setIncluded((s) => new Set(s).add(n));
            }}
            provinceCode={scope}
          />
          {save.error ? <ProblemAlert error={save.error} /> : null}
          {result ? (
            <Alert color="teal" variant="light" title={t('followupTransfer.done.title')} role="status">
              {t('followupTransfer.done.body', { created: formatNumber(result.created), skipped: formatNumber(result.skipped.length) })}{' '}
              <Anchor component={Link} to={listLink}>
                {t('followupTransfer.done.list')}
              </Anchor>
            </Alert>
          ) : (
            <Group justify="flex-end">
              <Button onClick={commit} loading={save.isPending} disabled={rowsToSave.length === 0}>
                {t('followupTransfer.commit', { count: rowsToSave.length, rows: formatNumber(rowsToSave.length) })}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
