import { describe, expect, it } from 'vitest';
import { followupItemInputSchema } from '../../../../../shared/api/followup';
import { emptyItem, valuesToInput, type ItemValues } from './form-values';

const upr = (changes: Partial<ItemValues> = {}): ItemValues => ({
  ...emptyItem(null, '2024-09-15'),
  kind: 'upr',
  reference: '41.12',
  text: 'Tiếp tục thực hiện hiệu quả các chương trình giảm nghèo',
  uprCycle: '4',
  uprPosition: 'accepted',
  recommendingStates: ['Ai Cập'],
  ...changes,
});

const issues = (values: ItemValues) => {
  const result = followupItemInputSchema.safeParse(valuesToInput(values));
  return result.success ? [] : result.error.issues.map((i) => [i.path.join('.'), i.message]);
};

describe('valuesToInput (what the follow-up form sends)', () => {
  it('sends a UPR recommendation the shared schema accepts, empty texts as null and the cycle as a number', () => {
    const input = valuesToInput(upr());
    expect(input).toMatchObject({ kind: 'upr', uprCycle: 4, uprPosition: 'accepted', recommendingStates: ['Ai Cập'], dueDate: null, leadOrganisationId: null, provinceCode: null });
    expect(issues(upr())).toEqual([]);
  });

  it("drops the fields of another kind, so switching kind while typing leaves nothing behind", () => {
    const input = valuesToInput(upr({ kind: 'plan', planNumber: '45/KH-UBND', treaty: 'CERD', session: '110' }));
    expect(input).toMatchObject({ kind: 'plan', planNumber: '45/KH-UBND', uprCycle: null, uprPosition: null, recommendingStates: [], treaty: null, session: null, paragraph: null });
    expect(issues(upr({ kind: 'plan', planNumber: '45/KH-UBND' }))).toEqual([]);
  });

  it('is refused at the field by the shared rules: a due date before the date given, a UPR item without its cycle, a kind not chosen', () => {
    expect(issues(upr({ dueDate: '2024-06-30' }))).toEqual([['dueDate', 'Hạn hoàn thành không được trước ngày giao việc.']]);
    expect(issues(upr({ uprCycle: '' }))).toEqual([['uprCycle', 'Nhập chu kỳ UPR (ví dụ 4).']]);
    expect(issues(upr({ kind: '' }))[0]).toEqual(['kind', 'Chọn loại việc theo dõi']);
  });

  it('keeps the nature only for conference and visit items', () => {
    expect(valuesToInput(upr({ kind: 'conference', nature: 'direction' })).nature).toBe('direction');
    expect(valuesToInput(upr({ nature: 'direction' })).nature).toBeNull();
  });
});
