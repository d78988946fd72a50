import type { AwarenessResults, ScoreSummary, SurveyItem } from '../../../../shared/api/awareness.js';
import { formatViNumber, formatViPercent } from '../../../../shared/text/index.js';

/** Vietnamese labels of the survey items, as the phone page words them (`awareness.survey.item.*`). */
export const surveyItemLabels: Record<SurveyItem, string> = {
  content: 'Nội dung tập huấn',
  speakers: 'Báo cáo viên',
  organisation: 'Công tác tổ chức',
  usefulness: 'Mức độ hữu ích cho công việc',
  overall: 'Đánh giá chung',
};

export const pct = (v: number | null) => (v === null ? '—' : formatViPercent(v, { maximumFractionDigits: 1 }));
export const gain = (v: number | null) => (v === null ? '—' : `${v > 0 ? '+' : ''}${formatViNumber(v, { maximumFractionDigits: 1 })} điểm`);
export const ratio = (v: number | null) => (v === null ? '—' : formatViPercent(v * 100, { maximumFractionDigits: 1 }));
export const n = (v: number) => formatViNumber(v);
export const mean = (v: number | null) => (v === null ? '—' : formatViNumber(v, { maximumFractionDigits: 2 }));

/** One row of a score table: group, responses before/after, mean before/after, pairs, gain. */
export const scoreCells = (label: string, s: ScoreSummary) => [label, n(s.preResponses), n(s.postResponses), pct(s.meanBefore), pct(s.meanAfter), n(s.pairs), gain(s.pairedGain)];
export const SCORE_HEADERS = ['Nhóm', 'Số bài đầu vào', 'Số bài đầu ra', 'Điểm TB trước', 'Điểm TB sau', 'Số cặp', 'Mức tăng (cặp)'];

export const pointLabel = (p: AwarenessResults['byPoint'][number]) => p.name ?? 'Phát chung cho hội nghị';
