import { Alert, Badge, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ReportDetail, ValidationIssue } from '../../../../../shared/api/indicator-reports';
import { changeFromPreviousYear, percentOfTarget, ratioValue } from '../../../../../shared/indicators/figures';
import { formatNumber, formatPercent } from '../../../../lib/format';
import type { MessageId } from '../../../../lib/messages';
import { useT } from '../../../../lib/use-t';
import { formatCellNumber } from './cell-number';
import { CellInput } from './cell-input';
import { isBlock, moveFrom, parseClipboardBlock, planPaste, type GridRow, type GridShape, type InputColumn } from './grid-model';
import { cellKey, type Entry } from './use-grid-entries';
import { ValueSource } from './value-source';

type Props = {
  report: ReportDetail;
  rows: GridRow[];
  columns: InputColumn[];
  entries: Map<string, Entry>;
  invalid: Map<string, { text: string; parsed: import('./cell-number').CellNumber }>;
  issues: ValidationIssue[];
  readOnly: boolean;
  onCells: (changes: Array<{ row: GridRow; column: InputColumn; text: string }>) => void;
};

export const cellDomId = (row: string, column: string) => `cell-${row.replace(/[^A-Za-z0-9_-]/g, '_')}-${column}`;
const partKey = (part: string) => `indicatorReports.grid.part.${part.replace(':', '_') || 'total'}` as MessageId;

/** The entry grid: a real table of inputs, one row per indicator total and per part, with live figures. */
export function EntryGrid({ report, rows, columns, entries, invalid, issues, readOnly, onCells }: Props) {
  const t = useT();
  const [notice, setNotice] = useState<string | null>(null);
  const [focus, setFocus] = useState({ row: 0, col: 0 });
  const shape: GridShape = useMemo(() => ({ columns, rows }), [columns, rows]);
  const previous = useMemo(() => new Map(report.rows.map((r) => [r.indicator.code, r.previousYear])), [report.rows]);
  const required = useMemo(() => new Map(report.rows.map((r) => [r.indicator.code, r.required])), [report.rows]);
  const sources = useMemo(() => new Map(report.rows.flatMap((r) => r.values.map((v) => [`${v.indicatorCode}|${v.part}`, v.source] as const))), [report.rows]);
  const issueOf = useMemo(() => {
    const map = new Map<string, ValidationIssue>();
    for (const i of issues) {
      const key = cellKey(`${i.indicatorCode}|${i.part}`, i.field === 'comment' ? 'comment' : i.field);
      const had = map.get(key);
      if (!had || (had.severity === 'warning' && i.severity === 'error')) map.set(key, i);
    }
    return map;
  }, [issues]);

  const focusCell = (row: number, col: number) => {
    const r = rows[row];
    const c = columns[col];
    if (r && c) document.getElementById(cellDomId(r.key, c))?.focus();
  };

  const pasteBlock = (row: number, col: number, text: string): boolean => {
    const block = parseClipboardBlock(text);
    if (!isBlock(block)) return false;
    const plan = planPaste(shape, { row, col }, block);
    onCells(plan.cells.map((c) => ({ row: rows[c.row]!, column: columns[c.col]!, text: c.text })));
    const parts = [];
    if (plan.skipped) parts.push(t('indicatorReports.paste.skipped', { pasted: plan.cells.length, skipped: plan.skipped }));
    if (plan.outside) parts.push(t('indicatorReports.paste.outside', { outside: plan.outside }));
    setNotice(parts.length ? parts.join(' ') : null);
    return true;
  };

  const columnLabel = (c: InputColumn) => t(`indicatorReports.grid.col.${c}`);
  const invalidText = (key: string) => {
    const bad = invalid.get(key);
    if (!bad || bad.parsed.kind !== 'invalid') return undefined;
    return bad.parsed.reason === 'tooManyDecimals'
      ? t('indicatorReports.cell.tooManyDecimals', { decimals: bad.parsed.decimals ?? 0 })
      : t(`indicatorReports.cell.${bad.parsed.reason}`);
  };

  if (rows.length === 0) return <Text c="dimmed">{t('indicatorReports.grid.empty')}</Text>;
  return (
    <>
      {notice && (
        <Alert color="blue" variant="light" mb="sm" withCloseButton onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={900}>
        <Table withTableBorder withColumnBorders striped={false} verticalSpacing={4} fz="sm">
          <caption style={{ captionSide: 'top', textAlign: 'left', paddingBottom: 6 }}>
            <Text size="xs" c="dimmed">
              {t('indicatorReports.grid.keyboardHint')}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicatorReports.grid.indicator')}</Table.Th>
              {columns.filter((c) => c !== 'comment').map((c) => (
                <Table.Th key={c} scope="col" style={{ textAlign: 'right' }}>
                  {columnLabel(c)}
                </Table.Th>
              ))}
              <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('indicatorReports.grid.col.percentOfTarget')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>{t('indicatorReports.grid.col.change')}</Table.Th>
              <Table.Th scope="col">{columnLabel('comment')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, ri) => {
              const ind = row.indicator;
              const entry = entries.get(row.key);
              const name = row.part ? `${ind.nameVi} (${t(partKey(row.part))})` : ind.nameVi;
              const value = ind.valueType === 'ratio' ? ratioValue(entry?.numerator ?? null, entry?.denominator ?? null, ind.ratioScale, ind.decimals) : (entry?.value ?? null);
              // A part with its own target shows its own % of target.
              const pct = percentOfTarget(value, entry?.target ?? null, ind.higherIsBetter);
              const prev = row.part === '' ? (previous.get(ind.code)?.value ?? null) : null;
              const change = changeFromPreviousYear(value, prev);
              const inPoints = ind.valueType === 'percent' || ind.valueType === 'ratio';
              const changeNumber = change ? (inPoints ? change.absolute : change.percent) : null;
              const cell = (c: InputColumn, ci: number) => {
                const key = cellKey(row.key, c);
                if (!row.editable.has(c)) {
                  if (c === 'value' && ind.valueType === 'ratio') {
                    return (
                      <Text size="sm" ta="right" title={t('indicatorReports.grid.computed')} aria-label={`${name} — ${columnLabel(c)}`}>
                        {value === null ? '—' : formatNumber(value, { maximumFractionDigits: ind.decimals })}
                      </Text>
                    );
                  }
                  return null;
                }
                const issue = issueOf.get(key);
                const bad = invalidText(key);
                const display = bad ? invalid.get(key)!.text : c === 'comment' ? (entry?.comment ?? '') : formatCellNumber(entry?.[c] ?? null);
                return (
                  <CellInput
                    cellId={cellDomId(row.key, c)}
                    label={`${name} — ${columnLabel(c)}`}
                    display={display}
                    readOnly={readOnly}
                    wide={c === 'comment'}
                    invalid={bad}
                    issue={issue ? { severity: issue.severity, message: issue.severity === 'warning' ? `${issue.message} (${t('indicatorReports.cell.needsComment')})` : issue.message } : undefined}
                    onText={(text) => onCells([{ row, column: c, text }])}
                    onMove={(move) => {
                      const next = moveFrom(shape, { row: ri, col: ci }, move);
                      focusCell(next.row, next.col);
                    }}
                    onPasteBlock={(text) => pasteBlock(ri, ci, text)}
                    onFocusCell={() => setFocus({ row: ri, col: ci })}
                  />
                );
              };
              return (
                <Table.Tr key={row.key} data-focused={focus.row === ri || undefined}>
                  <Table.Th scope="row" style={{ fontWeight: row.part ? 400 : 600, paddingLeft: row.part ? 28 : undefined, minWidth: 260 }}>
                    {row.part ? t(partKey(row.part)) : ind.nameVi}{' '}
                    <Text span size="xs" c="dimmed">
                      ({ind.unit})
                    </Text>
                    {!row.part && required.get(ind.code) && (
                      <Badge size="xs" variant="light" color="gray" ml={4}>
                        {t('indicatorReports.grid.required')}
                      </Badge>
                    )}
                    <ValueSource source={sources.get(`${ind.code}|${row.part}`) ?? null} />
                  </Table.Th>
                  {columns.map((c, ci) => (c === 'comment' ? null : <Table.Td key={c}>{cell(c, ci)}</Table.Td>))}
                  <Table.Td style={{ textAlign: 'right' }} data-testid={`pct-${row.key}`}>
                    {pct === null ? '' : formatPercent(pct)}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }} title={prev === null ? undefined : t('indicatorReports.grid.previous', { value: formatNumber(prev) })}>
                    {changeNumber === null
                      ? ''
                      : t(inPoints ? 'indicatorReports.grid.changePoints' : 'indicatorReports.grid.changePercent', {
                          sign: changeNumber > 0 ? '+' : '',
                          value: formatNumber(changeNumber, { maximumFractionDigits: 2 }),
                        })}
                  </Table.Td>
                  <Table.Td>{cell('comment', columns.indexOf('comment'))}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
