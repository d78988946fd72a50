import { parseRecommendationText } from '../followup-transfer/recommendation-list.js';
import { recogniseDocument } from './recognise.js';

/**
 * For document intake's conference drafts: when an uploaded document is a provincial report or
 * a list of recommendations rather than an article about a training, the sentence that sends the
 * person to the page that reads it as such (its figures to the indicator report, its items to
 * follow-up). Null for anything else. `text` is the prepared text the extractor read.
 */
export function intakeRouteHint(text: string): string | null {
  const rows = parseRecommendationText(text, { uprCycle: null, itemDate: '2000-01-01', provinceCode: null });
  const { kind } = recogniseDocument(text, { paragraphs: rows.length, withStates: rows.filter((r) => r.item.recommendingStates.length > 0).length });
  const where = '“Nhập tài liệu › Báo cáo, danh sách khuyến nghị” (/intake/reports)';
  if (kind === 'provincial_report') {
    return `Tài liệu này là báo cáo kết quả công tác của tỉnh, không phải bài viết về một hội nghị: hãy nhập ở ${where} để đưa số liệu vào báo cáo chỉ tiêu và các hạn chế, phương hướng vào danh sách theo dõi.`;
  }
  if (kind === 'recommendation_list') {
    return `Tài liệu này là danh sách khuyến nghị đánh số, không phải bài viết về một hội nghị: hãy nhập ở ${where} để mỗi khuyến nghị thành một việc theo dõi.`;
  }
  return null;
}
