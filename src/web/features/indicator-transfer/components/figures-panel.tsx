import { Alert, Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import type { ReportingUnitItem } from '../../../../shared/api/indicator-reports';
import type { FigureSource } from '../../../../shared/api/indicator-transfer';
import type { ReportForm } from '../../../../shared/api/indicators';
import { figuresUnit, type FiguresUnit, type FiguresUnitProblem } from '../../../../shared/indicators/figures-unit';
import { parsePeriod, periodLabel } from '../../../../shared/indicators/periods';
import { PeriodPicker } from '../../../components/period-picker/period-picker';
import { ReportingUnitSelect, unitValue } from '../../../components/reporting-unit-select/reporting-unit-select';
import { formatDate, formatNumber as formatViNumber } from '../../../lib/format';
import { useLocale } from '../../../lib/locale';
import { useT } from '../../../lib/use-t';
import { useFigureSources, useReportedFigures, useSendFigures } from '../api/transfer';
import { ImportOutcome } from './import-outcome';

/**
 * Figures intake saved with a document: map each to an indicator and send them into the draft of
 * the unit of the period (the old province before 1 July 2025, the current one after), which the
 * panel names before sending; when that unit is not known the person chooses it.
 */
export function FiguresPanel({ forms }: { forms: ReportForm[] }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [documentId, setDocumentId] = useState<string | null>(null);
  const sources = useFigureSources(documentId ? '' : q);
  const [formId, setFormId] = useState<string | null>(null);
  const [period, setPeriod] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string | null>>({});
  const [unit, setUnit] = useState<ReportingUnitItem | null>(null);
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
  const target = period ? figuresUnit(period, items.filter((f) => mappings.some((m) => m.figureId === f.id))) : null;
  const needsUnit = target !== null && 'problem' in target && mappings.length > 0;
  const chosenUnit = needsUnit && unit ? { unitKind: unit.unitKind as 'province' | 'legacy_province', unitCode: unit.unitCode } : {};

  return (
    <Stack>
      <Title order={3}><FormattedMessage id="indicatorTransfer.figures.title" /></Title>
      <Text size="sm" c="dimmed"><FormattedMessage id="indicatorTransfer.figures.hint" /></Text>
      <Select
        label={t('indicatorTransfer.figures.source')}
        placeholder={t('indicatorTransfer.figures.sourcePlaceholder')}
        data={(sources.data?.items ?? []).map((d) => ({ value: d.documentId, label: sourceLabel(d, t) }))}
        value={documentId}
        onChange={(v) => {
          setDocumentId(v);
          setMapping({});
          setUnit(null);
        }}
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        clearable
        nothingFoundMessage={t(q ? 'indicatorTransfer.figures.sourceNone' : 'indicatorTransfer.figures.sourceEmpty')}
        w={{ base: '100%', md: 640 }}
        comboboxProps={{ withinPortal: true }}
        data-testid="figure-source"
      />
      {figures.error ? <ImportOutcome error={figures.error} /> : null}
      {documentId && figures.data && items.length === 0 ? <Alert><FormattedMessage id="indicatorTransfer.figures.empty" /></Alert> : null}
      {items.length > 0 ? (
        <>
          <Group align="end">
            <Select
              label={t('indicatorTransfer.form')}
              data={forms.filter((f) => f.unitKind === 'province').map((f) => ({ value: f.id, label: `${f.code} — ${f.name}` }))}
              value={formId}
              onChange={(v) => {
                setFormId(v);
                setPeriod(null);
                setUnit(null);
              }}
              w={{ base: '100%', sm: 360 }}
              data-testid="figures-form"
            />
            <PeriodPicker
              frequency={form?.frequency ?? null}
              value={period}
              onChange={(v) => {
                setPeriod(v);
                setUnit(null);
              }}
              disabled={!form}
              testId="figures-period"
            />
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
          {target && 'unit' in target && mappings.length > 0 ? <TargetLine unit={target.unit} period={period!} /> : null}
          {needsUnit ? (
            <>
              <Alert color="yellow" data-testid="figures-target-problem"><FormattedMessage id={problemText[target.problem]} /></Alert>
              <ReportingUnitSelect
                formId={formId}
                period={period}
                value={unit ? unitValue(unit) : null}
                onChange={setUnit}
                label={t('indicatorTransfer.figures.unit')}
                w={{ base: '100%', sm: 360 }}
                data-testid="figures-unit"
              />
            </>
          ) : null}
          <Group>
            <Button
              disabled={!formId || !period || mappings.length === 0 || (needsUnit && !unit)}
              loading={send.isPending}
              onClick={() => send.mutate({ formId: formId!, period: period!, mappings, ...chosenUnit })}
            >
              <FormattedMessage id="indicatorTransfer.figures.send" />
            </Button>
          </Group>
          <ImportOutcome result={send.data} error={send.error ?? undefined} />
        </>
      ) : null}
    </Stack>
  );
}

const problemText = {
  legacyUnknown: 'indicatorTransfer.figures.targetLegacyUnknown',
  mixed: 'indicatorTransfer.figures.targetMixed',
  noProvince: 'indicatorTransfer.figures.targetNoProvince',
} as const satisfies Record<FiguresUnitProblem, string>;

/** "Gửi vào báo cáo của tỉnh Bình Định (cũ) kỳ 2024": where the server will put the figures. */
function TargetLine({ unit, period }: { unit: FiguresUnit; period: string }) {
  const { locale } = useLocale();
  const p = parsePeriod(period);
  const label = !p ? period : p.frequency === 'year' && locale === 'vi' ? String(p.year) : periodLabel(p, locale);
  // "Tỉnh Bình Định" reads "tỉnh Bình Định" in the middle of a sentence.
  const lower = (text: string) => (locale === 'vi' ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text);
  return (
    <Text size="sm" fw={500} data-testid="figures-target">
      <FormattedMessage id="indicatorTransfer.figures.target" values={{ unit: lower(unit.unitName), legacy: String(unit.unitKind === 'legacy_province'), period: lower(label) }} />
    </Text>
  );
}

/** "Hội nghị … — Hà Nội · 15/03/2024 · 5 số liệu": what a person recognises a document by. */
function sourceLabel(d: FigureSource, t: ReturnType<typeof useT>): string {
  const name = d.conferenceTitle ?? d.documentName;
  const where = [d.provinceName, d.eventDate ? formatDate(d.eventDate) : null].filter(Boolean).join(' · ');
  return `${name}${where ? ` — ${where}` : ''} · ${t('indicatorTransfer.figures.count', { count: d.figures })}`;
}
