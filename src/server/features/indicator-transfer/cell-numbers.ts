/**
 * Numbers as people type them into the Excel template, read the vi-VN way: `1.234,5` is one
 * thousand two hundred thirty-four and a half, `12,5` twelve and a half. A cell that holds a real
 * Excel number is that number whatever the display. A text that only makes sense the en-US way
 * (`1,234.5`, `12.5`) is refused, naming the cell, rather than guessed: a wrong guess would
 * multiply or divide a figure by a thousand without anyone noticing.
 */
export type CellNumber = { ok: true; value: number | null } | { ok: false; message: string };

const VI_GROUPED = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/u;
const VI_PLAIN = /^-?\d+(?:,\d+)?$/u;
const EN_LIKE = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+\.\d+$/u;

export function readCellNumber(raw: unknown): CellNumber {
  if (raw === null || raw === undefined) return { ok: true, value: null };
  if (typeof raw === 'number') return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, message: 'Ô chứa lỗi tính toán, không phải số.' };
  const text = String(raw).replace(/[\s\u00a0\u202f]/gu, '');
  if (text === '') return { ok: true, value: null };
  if (VI_GROUPED.test(text) || VI_PLAIN.test(text)) return { ok: true, value: Number(text.replace(/\./gu, '').replace(',', '.')) };
  if (EN_LIKE.test(text)) {
    return {
      ok: false,
      message: `“${String(raw).trim()}” không rõ cách đọc: theo cách viết Việt Nam dấu chấm ngăn hàng nghìn, dấu phẩy ngăn phần thập phân (1.234,5). Hãy nhập lại số theo cách đó, hoặc nhập như một số của Excel.`,
    };
  }
  return { ok: false, message: `“${String(raw).trim().slice(0, 40)}” không phải là số.` };
}

/** The long CSV's numbers: dot decimals and no grouping (`1234.5`), the convention between systems. */
const MACHINE = /^-?\d+(?:\.\d+)?$/u;
export function readMachineNumber(text: string): CellNumber {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  if (MACHINE.test(t)) return { ok: true, value: Number(t) };
  return { ok: false, message: `“${t.slice(0, 40)}” không phải số theo quy ước của tệp CSV (dấu chấm thập phân, không ngăn hàng nghìn: 1234.5).` };
}

/** Checks a value against its indicator's type: counts are whole and not negative, percentages within their bound. */
export function valueTypeProblem(value: number, indicator: { valueType: string; unit: string; maxValue: number | null }): string | null {
  if (Math.abs(value) > 1e15) return 'Số quá lớn.';
  if (indicator.valueType === 'count' && (!Number.isInteger(value) || value < 0)) return `Số ${indicator.unit} phải là số nguyên không âm.`;
  if (indicator.valueType === 'money' && value < 0) return 'Số tiền không được âm.';
  if (indicator.valueType === 'percent' || indicator.valueType === 'ratio') {
    const max = indicator.maxValue ?? 100;
    if (value < 0 || value > max) return `Tỷ lệ phải từ 0 đến ${String(max).replace('.', ',')}.`;
  }
  return null;
}
