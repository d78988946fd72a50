import type { z } from 'zod';
import type { indicatorInputSchema } from '../../../shared/api/indicators.js';
import type { FieldIssue } from '../../errors.js';

export type IndicatorData = Omit<z.infer<typeof indicatorInputSchema>, 'code'>;

/**
 * What makes an indicator's definition consistent, beyond each field's own type: the checks a
 * reporting grid and the dashboards rely on. Returns the data as stored (a percentage without an
 * upper bound gets 100) and every problem, each naming its field in Vietnamese.
 */
export function checkIndicatorDefinition(data: IndicatorData): { data: IndicatorData; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, message });
  const isRatio = data.valueType === 'ratio';
  if (isRatio && !data.numeratorLabel) issue('numeratorLabel', 'Chỉ tiêu dạng tỷ lệ cần tên tử số (ví dụ: Số hộ nghèo).');
  if (isRatio && !data.denominatorLabel) issue('denominatorLabel', 'Chỉ tiêu dạng tỷ lệ cần tên mẫu số (ví dụ: Tổng số hộ dân cư).');
  // A ratio is recomputed from summed parts; anything else has no parts to recompute from.
  if (data.aggregation === 'ratio' && !isRatio) issue('aggregation', 'Chỉ chỉ tiêu dạng tỷ lệ (có tử số và mẫu số) mới tổng hợp bằng cách tính lại tỷ lệ.');
  // Adding percentages of two provinces gives a meaningless figure; averaging them is wrong too.
  if (data.aggregation === 'sum' && (isRatio || data.valueType === 'percent')) {
    issue('aggregation', 'Không cộng dồn tỷ lệ, phần trăm giữa các đơn vị; chọn "tính lại tỷ lệ", "giá trị mới nhất" hoặc "không tổng hợp".');
  }
  if (data.disaggregations.length > 0 && (isRatio || data.valueType === 'percent')) {
    issue('disaggregations', 'Phân tổ (nam/nữ, dân tộc) cộng lại bằng tổng số, nên chỉ dùng cho chỉ tiêu đếm số lượng hoặc số tiền.');
  }
  if (new Set(data.disaggregations).size !== data.disaggregations.length) issue('disaggregations', 'Mỗi cách phân tổ chỉ chọn một lần.');
  const maxValue = data.valueType === 'percent' && data.maxValue === null ? 100 : data.maxValue;
  return { data: { ...data, maxValue }, issues };
}
