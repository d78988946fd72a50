import type { RightsTheme } from '../api/conferences.js';
import { searchKey } from '../text/index.js';

/**
 * Words (folded, as `searchKey` writes them) that mark an agenda topic as touching a rights theme.
 * A lexicon, not a classifier: it proposes tags a person confirms, and explains itself by the word.
 */
const lexicon: Array<[RightsTheme, string[]]> = [
  ['belief_religion', ['ton giao', 'tin nguong']],
  ['ethnic_minorities', ['dan toc thieu so', 'dtts', 'dong bao dan toc', 'cong tac dan toc']],
  ['labour_rights', ['nguoi lao dong', 'quyen lao dong', 'viec lam', 'lao dong']],
  ['persons_with_disabilities', ['nguoi khuyet tat', 'khuyet tat']],
  ['children', ['tre em', 'quyen tre em']],
  // Not bare "giới": "giới hạn quyền" (limits of rights) folds to the same word.
  ['gender_equality', ['binh dang gioi', 'phu nu', 'gioi tinh', 'nu gioi', 'van de gioi', 'long ghep gioi']],
  ['elderly', ['nguoi cao tuoi']],
  ['cyberspace', ['khong gian mang', 'mang xa hoi', 'internet']],
  ['international_mechanisms', ['cong uoc', 'upr', 'ra soat dinh ky', 'dieu uoc', 'hoi dong nhan quyen']],
  ['legal_aid_justice', ['tro giup phap ly', 'tu phap', 'tu tung']],
  ['communication', ['truyen thong', 'tuyen truyen', 'thong tin doi ngoai']],
  ['civil_political', ['dan su', 'chinh tri', 'tu do ngon luan', 'bau cu']],
  ['economic_social_cultural', ['an sinh xa hoi', 'giam ngheo', 'y te', 'giao duc', 'kinh te xa hoi']],
  ['human_rights_general', ['nhan quyen', 'quyen con nguoi']],
];

/** The rights themes a topic title suggests, most specific first; `human_rights_general` only when nothing else matched. */
export function suggestThemes(title: string): RightsTheme[] {
  const key = ` ${searchKey(title)} `;
  const found = lexicon.filter(([, words]) => words.some((w) => key.includes(` ${w} `))).map(([theme]) => theme);
  const specific = found.filter((t) => t !== 'human_rights_general');
  return specific.length ? specific : found;
}
