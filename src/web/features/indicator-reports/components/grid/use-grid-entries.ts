import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportDetail, ValidationIssue, ValueInput } from '../../../../../shared/api/indicator-reports';
import { ApiError } from '../../../../lib/api-client';
import { saveValues } from '../../api/save-values';
import { parseCellNumber, type CellNumber } from './cell-number';
import { rowKey, type GridRow, type InputColumn } from './grid-model';

export type Entry = { value: number | null; numerator: number | null; denominator: number | null; target: number | null; comment: string | null };
const emptyEntry: Entry = { value: null, numerator: null, denominator: null, target: null, comment: null };
export const cellKey = (row: string, column: InputColumn) => `${row}|${column}`;

export type SaveState = { saving: boolean; savedAt: string | null; conflict: boolean; error: unknown };

const SAVE_DELAY_MS = 800;

/**
 * The grid's figures as the person types them, saved as they go: each change marks its
 * indicator × part dirty, and 800 ms after the last keystroke the dirty ones are sent whole
 * with the report's version. One save at a time; changes made meanwhile go in the next. A 409
 * stops saving (nothing is overwritten) until the person reloads.
 */
export function useGridEntries(report: ReportDetail, rows: GridRow[]) {
  const [entries, setEntries] = useState(() => {
    const map = new Map<string, Entry>();
    for (const r of report.rows) for (const v of r.values) map.set(rowKey(r.indicator.code, v.part), { value: v.value ?? null, numerator: v.numerator ?? null, denominator: v.denominator ?? null, target: v.target ?? null, comment: v.comment ?? null });
    return map;
  });
  const [invalid, setInvalid] = useState(() => new Map<string, { text: string; parsed: CellNumber }>());
  const [issues, setIssues] = useState<ValidationIssue[]>(report.issues);
  const [save, setSave] = useState<SaveState>({ saving: false, savedAt: null, conflict: false, error: null });

  const entriesRef = useRef(entries);
  entriesRef.current = entries;
  const version = useRef(report.version);
  const dirty = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const stopped = useRef(false);
  const indicatorOf = useRef(new Map(rows.map((r) => [r.key, r])));

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    if (stopped.current || dirty.current.size === 0) return;
    const keys = [...dirty.current];
    dirty.current.clear();
    const values: ValueInput[] = keys.map((key) => {
      const row = indicatorOf.current.get(key)!;
      return { indicatorCode: row.indicatorCode, part: row.part as ValueInput['part'], ...(entriesRef.current.get(key) ?? emptyEntry) };
    });
    setSave((s) => ({ ...s, saving: true, error: null }));
    inFlight.current = saveValues(report.id, version.current, values).then(
      (saved) => {
        version.current = saved.version;
        setIssues(saved.issues);
        setSave({ saving: false, savedAt: saved.updatedAt, conflict: false, error: null });
      },
      (error: unknown) => {
        // Unsent again: a retry (or, after a conflict, nothing) decides what becomes of them.
        for (const k of keys) dirty.current.add(k);
        const conflict = error instanceof ApiError && error.status === 409;
        if (conflict) stopped.current = true;
        setSave((s) => ({ ...s, saving: false, conflict, error: conflict ? null : error }));
      },
    );
    await inFlight.current;
    inFlight.current = null;
    if (dirty.current.size > 0 && !stopped.current && !timer.current) timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [report.id]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }, [flush]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (dirty.current.size > 0 || inFlight.current) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      // Leaving the page within the 800 ms still saves what was typed.
      if (timer.current) void flush();
    };
  }, [flush]);

  /** Sets cells from typed or pasted text; invalid numbers stay in their cell with a reason and are not saved. */
  const setCells = useCallback(
    (changes: Array<{ row: GridRow; column: InputColumn; text: string }>) => {
      const nextEntries = new Map(entriesRef.current);
      setInvalid((prev) => {
        const next = new Map(prev);
        for (const { row, column, text } of changes) {
          const key = cellKey(row.key, column);
          const entry = { ...(nextEntries.get(row.key) ?? emptyEntry) };
          if (column === 'comment') {
            entry.comment = text.trim() === '' ? null : text;
            next.delete(key);
          } else {
            const parsed = parseCellNumber(text, { decimals: column === 'value' || column === 'target' ? row.indicator.decimals : undefined, allowPercentSign: row.indicator.valueType === 'percent' && column !== 'numerator' && column !== 'denominator' });
            if (parsed.kind === 'invalid') {
              next.set(key, { text, parsed });
              continue;
            }
            next.delete(key);
            entry[column] = parsed.kind === 'number' ? parsed.value : null;
          }
          nextEntries.set(row.key, entry);
          dirty.current.add(row.key);
        }
        return next;
      });
      entriesRef.current = nextEntries;
      setEntries(nextEntries);
      schedule();
    },
    [schedule],
  );

  return { entries, invalid, issues, save, setCells, flush, version: () => version.current };
}
