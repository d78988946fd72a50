import { NATIONAL_CODE, type Figure, type Overview, type Pivot, type Trend } from '../../../shared/api/indicator-dashboards.js';

/**
 * A dashboard table as a file holds it: what it shows (the filters, stated above the table in
 * the sheet), a header row, and rows of numbers — numbers stay numbers, so the figures can be
 * summed and charted in Excel. A figure that cannot be rolled up is the text "không tổng hợp
 * được", never 0; an unknown one is an empty cell.
 */
export type TableCell = string | number | null;
export type TableColumn = { header: string; width: number; decimals?: number };
export type DashboardTableFile = { title: string; filters: string[]; columns: TableColumn[]; rows: TableCell[][]; notes: string[] };

export const NOT_AGGREGABLE_TEXT = 'không tổng hợp được';
const stageText = (stage: string) => (stage === 'submitted' ? 'Gồm cả số liệu đã nộp, chưa phê duyệt' : 'Chỉ số liệu đã phê duyệt');
const valueCell = (f: Figure): TableCell => (f.notAggregable ? NOT_AGGREGABLE_TEXT : f.value);
const rollupNote =
  'Tổng toàn quốc và tỉnh hợp nhất: cộng với chỉ tiêu cộng dồn; tỷ lệ tính lại từ tổng tử số và tổng mẫu số (không lấy trung bình các tỷ lệ); ' +
  'chỉ tiêu không cộng được ghi “không tổng hợp được”. Số liệu trước 01/7/2025 của tỉnh cũ được tính vào tỉnh mới.';

export function overviewTable(o: Overview): DashboardTableFile {
  const rows: TableCell[][] = [];
  for (const { indicator, national, provinces } of o.indicators) {
    for (const p of provinces) {
      rows.push([indicator.code, indicator.nameVi, indicator.unit, p.rank, p.provinceName, valueCell(p), p.target, p.targetPercent, p.previousValue, p.change]);
    }
    rows.push([indicator.code, indicator.nameVi, indicator.unit, null, 'Toàn quốc', valueCell(national), national.target, national.targetPercent, national.previousValue, national.change]);
  }
  const decimals = Math.max(0, ...o.indicators.map((i) => i.indicator.decimals));
  return {
    title: `Chỉ tiêu quyền con người — ${o.periodLabel}`,
    filters: [`Kỳ: ${o.periodLabel} (so với cùng kỳ ${o.previousPeriod})`, stageText(o.stage)],
    columns: [
      { header: 'Mã chỉ tiêu', width: 14 },
      { header: 'Chỉ tiêu', width: 40 },
      { header: 'Đơn vị tính', width: 12 },
      { header: 'Xếp hạng', width: 9, decimals: 0 },
      { header: 'Tỉnh, thành phố', width: 22 },
      { header: 'Giá trị', width: 14, decimals },
      { header: 'Kế hoạch', width: 14, decimals },
      { header: '% kế hoạch', width: 11, decimals: 1 },
      { header: 'Cùng kỳ năm trước', width: 14, decimals },
      { header: 'Thay đổi', width: 12, decimals },
    ],
    rows,
    notes: [rollupNote],
  };
}

export function trendTable(t: Trend): DashboardTableFile {
  const d = t.indicator.decimals;
  return {
    title: `${t.indicator.nameVi} — ${t.scope.provinceName}`,
    filters: [`Chỉ tiêu: ${t.indicator.code} ${t.indicator.nameVi} (${t.indicator.unit})`, `Phạm vi: ${t.scope.provinceName}`, stageText(t.stage)],
    columns: [
      { header: 'Kỳ', width: 20 },
      { header: 'Giá trị', width: 14, decimals: d },
      { header: 'Kế hoạch', width: 14, decimals: d },
      { header: '% kế hoạch', width: 11, decimals: 1 },
    ],
    rows: t.points.map((p) => [p.periodLabel, valueCell(p), p.target, p.targetPercent]),
    notes: [rollupNote],
  };
}

const dimensionName = { province: 'Tỉnh', period: 'Kỳ', indicator: 'Chỉ tiêu' } as const;

export function pivotTable(p: Pivot): DashboardTableFile {
  const decimals = Math.max(0, ...p.indicators.map((i) => i.decimals));
  return {
    title: `Bảng tổng hợp chỉ tiêu — ${dimensionName[p.rows]} × ${dimensionName[p.columns]}`,
    filters: [`${dimensionName[p.fixed.dimension]}: ${p.fixed.label}`, stageText(p.stage)],
    columns: [
      { header: `${dimensionName[p.rows]} \\ ${dimensionName[p.columns]}`, width: 30 },
      ...p.columnHeaders.map((c) => ({ header: c.key === NATIONAL_CODE ? 'Toàn quốc' : c.label, width: 16, decimals })),
    ],
    rows: p.rowHeaders.map((r, i) => [r.label, ...(p.cells[i] ?? []).map(valueCell)]),
    notes: [rollupNote],
  };
}
