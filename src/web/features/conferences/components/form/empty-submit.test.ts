import { describe, expect, it } from 'vitest';
import { conferenceInputSchema } from '../../../../../shared/api/conferences';
import { emptyConference, emptyRow } from './form-values';
import { valuesToInput } from './to-input';

/** What an officer reads after pressing "Lưu" on an empty form: plain advice beside each field. */
function messagesOf(input: unknown): Record<string, string> {
  const result = conferenceInputSchema.safeParse(input);
  if (result.success) return {};
  const messages: Record<string, string> = {};
  for (const issue of result.error.issues) messages[issue.path.join('.')] ??= issue.message;
  return messages;
}

describe('an empty conference form, submitted', () => {
  it('asks for each required field in plain Vietnamese, never a format or a code', () => {
    // A national officer starts with no level; a province's form starts at the provincial level.
    expect(messagesOf(valuesToInput(emptyConference(null)))).toEqual({ title: 'Nhập tên hội nghị', level: 'Chọn cấp hội nghị', startDate: 'Nhập ngày bắt đầu' });
    expect(messagesOf(valuesToInput(emptyConference('04')))).toEqual({ title: 'Nhập tên hội nghị', startDate: 'Nhập ngày bắt đầu' });
  });

  it('asks to choose the level of a connection point left empty', () => {
    const values = { ...emptyConference('04'), title: 'Hội nghị tập huấn', level: 'provincial' as const, startDate: '2024-06-13' };
    values.connectionPoints = [{ ...emptyRow.connectionPoints(), name: 'Hội trường UBND tỉnh', level: null }];
    expect(messagesOf(valuesToInput(values))).toEqual({ 'connectionPoints.0.level': 'Chọn cấp điểm cầu' });
  });

  it('still refuses a level outside the list with its own words', () => {
    expect(messagesOf({ title: 'Hội nghị tập huấn', level: 'district', startDate: '2024-06-13' })).toMatchObject({ level: 'Cấp hội nghị không hợp lệ' });
  });
});
