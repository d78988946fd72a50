import { describe, expect, it } from 'vitest';
import { runIntakeJob } from '../intake/pipeline-job.js';
import { defaultIntakeLimits } from '../intake/read/limits.js';
import { bacNinhReport, trainingArticle, uprList } from './sample-reports.js';

const draftOf = async (text: string) => {
  const result = await runIntakeJob({ type: 'text', text, format: 'text', limits: defaultIntakeLimits });
  if (!result.ok) throw new Error(result.message);
  return result;
};

describe('document intake sends reports and recommendation lists to their own intake', () => {
  it('puts the way to the report intake first among a provincial report’s warnings', async () => {
    const draft = await draftOf(bacNinhReport);
    expect(draft.warnings[0]).toMatch(/^Tài liệu này là báo cáo kết quả công tác của tỉnh, không phải bài viết về một hội nghị: hãy nhập ở “Nhập tài liệu › Báo cáo, danh sách khuyến nghị”/u);
    expect(draft.extraction.warnings[0]).toBe(draft.warnings[0]);
  });

  it('does the same for a numbered list of recommendations', async () => {
    expect((await draftOf(uprList)).warnings[0]).toMatch(/^Tài liệu này là danh sách khuyến nghị đánh số/u);
  });

  it('says nothing of the kind on a training article', async () => {
    expect((await draftOf(trainingArticle)).warnings.some((w) => w.includes('/intake/reports'))).toBe(false);
  });
});
