import { describe, expect, it } from 'vitest';
import { suggestThemes } from './theme-lexicon.js';

describe('suggestThemes', () => {
  it.each([
    ['Bảo đảm quyền tự do tín ngưỡng, tôn giáo', ['belief_religion']],
    ['Quyền của người DTTS và hoạt động lợi dụng vấn đề DTTS', ['ethnic_minorities']],
    ['Quyền của người lao động trong các công ước quốc tế về quyền con người', ['labour_rights', 'international_mechanisms']],
    ['Công tác đấu tranh trên lĩnh vực dân chủ, nhân quyền trên không gian mạng', ['cyberspace']],
    ['Công tác nhân quyền trong tình hình mới', ['human_rights_general']],
    ['Bảo vệ trẻ em và bình đẳng giới', ['children', 'gender_equality']],
    ['Quyền con người và giới hạn quyền', ['human_rights_general']],
    ['Lồng ghép giới trong xây dựng chính sách', ['gender_equality']],
    ['Lịch sử địa phương', []],
  ] as const)('%s → %j', (title, themes) => {
    expect(suggestThemes(title)).toEqual(themes);
  });
});
