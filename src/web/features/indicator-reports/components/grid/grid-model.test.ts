import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../../../shared/api/indicators';
import { buildGridRows, gridColumns, moveFrom, parseClipboardBlock, planPaste, type GridShape } from './grid-model';

const indicator = (code: string, valueType: Indicator['valueType'], disaggregations: Indicator['disaggregations'] = []) =>
  ({ code, valueType, disaggregations }) as Indicator;

// Jobs (count, by sex: total + nữ + nam), insurance coverage (ratio), poverty rate (percent).
const rows = buildGridRows([indicator('JOBS', 'count', ['sex']), indicator('BHXH', 'ratio'), indicator('POOR', 'percent')]);
const shape: GridShape = { columns: gridColumns(rows), rows };
// Columns: target 0, value 1, numerator 2, denominator 3, comment 4.

describe('the grid rows', () => {
  it('put each indicator total before its parts, and parts take a target of their own', () => {
    expect(rows.map((r) => r.key)).toEqual(['JOBS|', 'JOBS|sex:female', 'JOBS|sex:male', 'BHXH|', 'POOR|']);
    expect([...rows[1]!.editable].sort()).toEqual(['comment', 'target', 'value']);
  });

  it('compute a ratio from its numerator and denominator instead of taking its value', () => {
    expect([...rows[3]!.editable].sort()).toEqual(['comment', 'denominator', 'numerator', 'target']);
  });

  it('show numerator and denominator columns only when an indicator uses them', () => {
    expect(shape.columns).toEqual(['target', 'value', 'numerator', 'denominator', 'comment']);
    expect(gridColumns(buildGridRows([indicator('JOBS', 'count')]))).toEqual(['target', 'value', 'comment']);
  });
});

describe('moving between cells', () => {
  it('goes down a column, to the nearest cell of a row that has none there', () => {
    expect(moveFrom(shape, { row: 0, col: 1 }, 'down')).toEqual({ row: 1, col: 1 });
    // The ratio row has no value cell: the numerator, to its right, takes the cursor.
    expect(moveFrom(shape, { row: 2, col: 1 }, 'down')).toEqual({ row: 3, col: 2 });
    // A part row has a target cell of its own.
    expect(moveFrom(shape, { row: 0, col: 0 }, 'down')).toEqual({ row: 1, col: 0 });
    // Up from the ratio's target lands on the last part's target.
    expect(moveFrom(shape, { row: 3, col: 0 }, 'up')).toEqual({ row: 2, col: 0 });
  });

  it('skips cells a row does not have when moving sideways, and stops at the edges', () => {
    expect(moveFrom(shape, { row: 0, col: 1 }, 'right')).toEqual({ row: 0, col: 4 });
    expect(moveFrom(shape, { row: 0, col: 0 }, 'left')).toEqual({ row: 0, col: 0 });
    expect(moveFrom(shape, { row: 4, col: 1 }, 'down')).toEqual({ row: 4, col: 1 });
    expect(moveFrom(shape, { row: 0, col: 0 }, 'up')).toEqual({ row: 0, col: 0 });
  });

  it('walks every cell in reading order with Tab and back with Shift+Tab', () => {
    expect(moveFrom(shape, { row: 0, col: 4 }, 'next')).toEqual({ row: 1, col: 0 });
    expect(moveFrom(shape, { row: 1, col: 0 }, 'prev')).toEqual({ row: 0, col: 4 });
    expect(moveFrom(shape, { row: 4, col: 4 }, 'next')).toEqual({ row: 4, col: 4 });
  });
});

describe('reading a block copied from Excel', () => {
  it('splits rows on newlines and cells on tabs, without an extra row for the final newline', () => {
    expect(parseClipboardBlock('1.000\t1.200\r\n500\t\r\n')).toEqual([
      ['1.000', '1.200'],
      ['500', ''],
    ]);
  });

  it('reads quoted cells that hold a newline, a tab or quotes', () => {
    expect(parseClipboardBlock('"dòng 1\ndòng 2"\t"a ""b"""\n3\t"x\ty"')).toEqual([
      ['dòng 1\ndòng 2', 'a "b"'],
      ['3', 'x\ty'],
    ]);
  });

  it('keeps a cell that only starts with a quote as typed', () => {
    expect(parseClipboardBlock('"12\t5')).toEqual([['"12', '5']]);
  });
});

describe('placing a pasted block', () => {
  it('fills rightwards and downwards from the focused cell, skipping cells a row does not take', () => {
    const plan = planPaste(shape, { row: 0, col: 0 }, [
      ['17.670', '15.000'],
      ['9.000', '8.000'],
      ['8.670', '7.000'],
      ['100', '97'],
    ]);
    expect(plan.cells).toEqual([
      { row: 0, col: 0, text: '17.670' },
      { row: 0, col: 1, text: '15.000' },
      { row: 1, col: 0, text: '9.000' },
      { row: 1, col: 1, text: '8.000' },
      { row: 2, col: 0, text: '8.670' },
      { row: 2, col: 1, text: '7.000' },
      { row: 3, col: 0, text: '100' },
    ]);
    // The ratio's value is computed (97).
    expect(plan.skipped).toBe(1);
    expect(plan.outside).toBe(0);
  });

  it('counts what falls beyond the last row or column', () => {
    const plan = planPaste(shape, { row: 4, col: 3 }, [
      ['1', 'ghi chú', 'x'],
      ['2', '3', '4'],
    ]);
    expect(plan.cells).toEqual([
      { row: 4, col: 3, text: '1' },
      { row: 4, col: 4, text: 'ghi chú' },
    ]);
    expect(plan.outside).toBe(4);
  });
});
