import { Alert, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ReportForm } from '../../../../shared/api/indicators';
import { formatNumber as formatViNumber } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useReportedFigures, useSendFigures } from '../api/transfer';
import { ImportOutcome } from './import-outcome';

/** Figures intake saved with a document: map each to an indicator and send them into the province's draft. */
export function FiguresPanel({ forms }: { forms: ReportForm[] }) {
  const t = useT();
  const [typed, setTyped] = useState('');
  const [documentId, setDocumentId] = useState<string | null>(null);
  const [formId, setFormId] = useState<string | null>(null);
  const [period, setPeriod] = useState('');
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const figures = useReportedFigures(documentId);
  const send = useSendFigures();
  const form = forms.find((f) => f.id === formId);
  const codes = form?.indicators.map((i) => ({ value: i.indicatorCode, label: i.indicatorCode })) ?? [];
  const chosen = (id: string, suggested: string | null) => (id in mapping ? mapping[id] : suggested);
  const items = figures.data?.items ?? [];
  const mappings = items.flatMap((f) => {
    const code = chosen(f.id, f.suggestion?.indicatorCode ?? null);
    return code && codes.some((c) => c.value === code) ? [{ figureId: f.id, indicatorCode: code }] : [];
  });

  return (
    <Stack>
      <Title order={3}><FormattedMessage id="indicatorTransfer.figures.title" /></Title>
      <Text size="sm" c="dimmed"><FormattedMessage id="indicatorTransfer.figures.hint" /></Text>
      <Group align="end">
        <TextInput label={t('indicatorTransfer.figures.documentId')} value={typed} onChange={(e) => setTyped(e.currentTarget.value.trim())} w={360} />
        <Button variant="light" onClick={() => setDocumentId(typed || null)} disabled={!typed}><FormattedMessage id="indicatorTransfer.figures.load" /></Button>
      </Group>
      {figures.error ? <ImportOutcome error={figures.error} /> : null}
      {documentId && figures.data && items.length === 0 ? <Alert><FormattedMessage id="indicatorTransfer.figures.empty" /></Alert> : null}
      {items.length > 0 ? (
        <>
          <Group align="end">
            <Select label={t('indicatorTransfer.form')} data={forms.filter((f) => f.unitKind === 'province').map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))} value={formId} onChange={setFormId} w={360} />
            <TextInput label={t('indicatorTransfer.period')} description={t('indicatorTransfer.period.hint')} value={period} onChange={(e) => setPeriod(e.currentTarget.value.trim().toUpperCase())} w={200} />
          </Group>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th><FormattedMessage id="indicatorTransfer.figures.label" /></Table.Th>
                <Table.Th><FormattedMessage id="indicatorTransfer.figures.value" /></Table.Th>
                <Table.Th><FormattedMessage id="indicatorTransfer.figures.indicator" /></Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((f) => (
                <Table.Tr key={f.id}>
                  <Table.Td>
                    <Text size="sm">{f.label}</Text>
                    {f.quote ? <Text size="xs" c="dimmed">“{f.quote}”</Text> : null}
                    {f.sentTo.map((s) => <Text key={s.reportId} size="xs" c="green"><FormattedMessage id="indicatorTransfer.figures.sent" values={{ period: s.period }} /></Text>)}
                  </Table.Td>
                  <Table.Td>{formatViNumber(f.value)} {f.unit ?? ''}</Table.Td>
                  <Table.Td>
                    <Select
                      data={[{ value: '', label: t('indicatorTransfer.figures.none') }, ...(codes.length ? codes : f.suggestion ? [{ value: f.suggestion.indicatorCode, label: `${f.suggestion.indicatorCode} — ${f.suggestion.nameVi}` }] : [])]}
                      value={chosen(f.id, f.suggestion?.indicatorCode ?? null) ?? ''}
                      onChange={(v) => setMapping({ ...mapping, [f.id]: v || null })}
                      searchable
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group>
            <Button disabled={!formId || !period || mappings.length === 0} loading={send.isPending} onClick={() => send.mutate({ formId: formId!, period, mappings })}>
              <FormattedMessage id="indicatorTransfer.figures.send" />
            </Button>
          </Group>
          <ImportOutcome result={send.data} error={send.error ?? undefined} />
        </>
      ) : null}
    </Stack>
  );
}
