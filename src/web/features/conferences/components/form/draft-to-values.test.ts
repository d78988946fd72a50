import { describe, expect, it } from 'vitest';
import { draftToValues } from './draft-to-values';
import { emptyConference } from './form-values';
import { valuesToInput } from './to-input';

describe('draftToValues', () => {
  it('keeps the base where the draft says nothing', () => {
    const values = draftToValues({ title: 'Hội nghị tập huấn công tác nhân quyền năm 2023' }, emptyConference('52'));
    expect(values.title).toBe('Hội nghị tập huấn công tác nhân quyền năm 2023');
    expect(values.provinceCode).toBe('52');
    expect(values.level).toBe('provincial');
    expect(values.venue).toBe('');
  });

  it('turns positions into row keys and back, limitations first', () => {
    const values = draftToValues(
      {
        startDate: '2023-04-20',
        venue: null,
        participantsActual: 120,
        participantsQualifier: 'about',
        officials: [{ name: 'Lâm Hải Giang', rank: null, title: 'Phó Chủ tịch UBND tỉnh', role: 'chair', organisationId: null, connectionPointIndex: null }],
        agenda: [{ title: 'Công tác nhân quyền trong tình hình mới', themes: ['human_rights_general'], speakerName: null }],
        materials: [{ kind: 'film', title: 'Vạch trần âm mưu', url: null, fileId: null, agendaItemIndex: 0 }],
        outcomes: [
          { kind: 'direction', text: 'Tăng cường tuyên truyền' },
          { kind: 'limitation', text: 'Nhận thức còn hạn chế' },
        ],
      },
      emptyConference(null),
    );
    expect(values.materials[0]?.agendaKey).toBe(values.agenda[0]?.key);
    expect(values.outcomes.map((o) => o.kind)).toEqual(['limitation', 'direction']);
    const input = valuesToInput(values);
    expect(input.startDate).toBe('2023-04-20');
    expect(input.venue).toBeNull();
    expect(input.participantsActual).toBe(120);
    expect(input.participantsQualifier).toBe('about');
    expect(input.officials[0]).toMatchObject({ name: 'Lâm Hải Giang', rank: null, title: 'Phó Chủ tịch UBND tỉnh', role: 'chair' });
    expect(input.materials[0]?.agendaItemIndex).toBe(0);
  });
});
