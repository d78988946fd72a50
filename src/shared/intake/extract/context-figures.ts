import type { ContextFigure } from '../extraction.js';
import { parseViNumber } from '../../text/index.js';
import { qualifierOf } from './counts.js';
import type { Found } from './found.js';
import { alternation, L } from './lexicon.js';
import { rangeAt, type Range } from './segments.js';

/**
 * Figures that describe the setting, not a result: "Lạng Sơn có hơn 790.000 người, trong đó gần
 * 660.000 người dân tộc thiểu số", "có 200 xã, phường, thị trấn", "khoảng 620.000 tín đồ", "4.200 hộ
 * với hơn 16.000 nhân khẩu", "254 km bờ biển", "chiếm khoảng 4% dân số".
 *
 * A clause (a sentence cut at ";") is a setting clause when it speaks of population, inhabitants,
 * followers, administrative units counted, coast or border, and reports no action (no "hỗ trợ",
 * "giải quyết", "đạt", "giảm"…). Its people, households, communes, followers and kilometres are context
 * figures, kept apart and never proposed as indicators. A "% dân số" is a share of the population
 * wherever it stands, and so is the minorities' share ("đồng bào dân tộc thiểu số chiếm 92%").
 */
export type ContextFinding = Found<ContextFigure>;

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const QUALIFIER = String.raw`khoảng|gần|xấp xỉ|hơn|trên|ít nhất|chừng`;
const UNITS = [
  'người dân tộc thiểu số', 'người dân tộc', 'người', 'nhân khẩu', 'hộ gia đình', 'hộ dân', 'hộ',
  'xã, phường, thị trấn', 'xã, phường, đặc khu', 'xã, phường', 'xã', 'phường', 'thị trấn', 'thôn, bản', 'thôn, làng',
  'thôn, tổ dân phố', 'thôn', 'bản', 'làng', 'buôn', 'ấp', 'tổ dân phố', 'đơn vị hành chính cấp xã', 'đơn vị hành chính',
  'tín đồ', 'chức sắc', 'chức việc', 'cơ sở thờ tự', 'dân tộc anh em', 'dân tộc', 'km', '%',
  // Population in short ("gần 1,2 triệu dân"), religion ("92 chùa", "hơn 2.300 vị sư sãi", "900.000
  // giáo dân, 3 giáo phận", "6 tôn giáo"), border gates and ethnic boarding schools: the setting too.
  'dân', 'chùa', 'ngôi chùa', 'vị sư sãi', 'sư sãi', 'nhà sư', 'giáo dân', 'giáo phận', 'giáo xứ', 'giáo họ', 'họ đạo',
  'tôn giáo', 'tổ chức tôn giáo', 'cửa khẩu quốc tế', 'cửa khẩu chính', 'cửa khẩu phụ', 'cửa khẩu', 'lối mở',
  'trường phổ thông dân tộc nội trú', 'trường phổ thông dân tộc bán trú', 'trường dân tộc nội trú',
];
/** "dân" counts people only when it is the whole word: not "dân tộc", "dân số", "dân quân"… */
const NOT_PEOPLE_AFTER_DAN = /^\s+(?:tộc|số|quân|chủ|sự|cư|vận|phòng|nguyện|oan|ca|trí|sinh|dụng)(?![\p{L}])/u;
const FIGURE = new RegExp(
  // The leading lookahead is a fast first-character filter, before the lookbehind.
  String.raw`(?=[\dkgxhtcKGXHTC])(?<![${L}\p{N}.,/])(?:(?<q>${QUALIFIER})\s+)?(?<n>${NUM})(?:\s+(?<scale>triệu|nghìn|ngàn|vạn))?\s*(?<unit>${alternation(UNITS)})(?![${L}])`,
  'giu',
);
/** What makes a clause describe the place. */
const SETTING_CUE = /(?<![\p{L}])(?:dân số|nhân khẩu|sinh sống|cư trú|tín đồ|chức sắc|cơ sở thờ tự|dân tộc anh em|bờ biển|đường biên giới|tuyến biên giới|biên giới dài|cửa khẩu|diện tích|chùa|sư sãi|giáo dân|giáo phận|giáo xứ|dân tộc nội trú|dân tộc bán trú)(?![\p{L}])|\d\s+(?:xã|phường|thị trấn|đặc khu|thôn|bản|làng|buôn|ấp|tổ dân phố|đơn vị hành chính|tôn giáo)(?![\p{L}])|\d\s+(?:triệu|nghìn|ngàn)\s+dân(?![\p{L}])(?!\s+(?:tộc|số|quân|chủ|sự|cư))/u;
/** What makes a clause report a result instead. */
// "cấp" issues cards, but "cấp xã", "cấp huyện" name a level of government.
const RESULT_VERB = /(?<![\p{L}])(?:hỗ trợ|cấp(?!\s+(?:xã|huyện|tỉnh|cơ sở|thôn|trung ương|ủy|uỷ)(?![\p{L}]))|giải quyết|đào tạo|tạo việc làm|thu hút|xây dựng|khám|miễn|tuyên truyền|tập huấn|bồi dưỡng|đạt|giảm|tăng|thoát nghèo|trao|tặng|vận động|xử lý|phát hiện|tham dự|tham gia)(?![\p{L}])/u;
// "98,7% dân số tham gia bảo hiểm y tế" reports a result: a share of the population that did something is no setting.
const SHARE_OF_POPULATION = /^\s*(?:tổng\s+)?dân số(?!\s+(?:đã\s+)?(?:tham gia|được|có thẻ|sử dụng|tiếp cận)(?![\p{L}]))/u;
/** "…, trong đó đồng bào dân tộc thiểu số chiếm khoảng 30%": the minorities' share of the population. */
// Also one named people: "…, trong đó đồng bào Khmer chiếm khoảng 30,2%", "người Mông chiếm 40%".
const MINORITY_SHARE_BEFORE = /(?:(?<![\p{L}])(?:đồng bào|người)?\s*dân tộc thiểu số\s+(?:chiếm|là)|(?<![\p{L}])(?:đồng bào|người)\s+(?:dân tộc\s+)?\p{Lu}[\p{L}\p{M}'-]*(?:(?:,\s*|\s+và\s+)\p{Lu}[\p{L}\p{M}'-]*)*\s+chiếm)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?$/u;
const SCALE: Record<string, number> = { triệu: 1e6, nghìn: 1e3, ngàn: 1e3, vạn: 1e4 };

function clausesOf(text: string, sentence: Range): Range[] {
  const out: Range[] = [];
  let start = sentence.start;
  for (let i = sentence.start; i < sentence.end; i++) {
    if (text[i] === ';') {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: sentence.end });
  return out;
}

export function findContextFigures(text: string, sentences: Range[]): ContextFinding[] {
  const out: ContextFinding[] = [];
  // Most articles describe no setting: one scan for a cue spares the figure search at every digit.
  if (!SETTING_CUE.test(text) && !/dân số|dân tộc thiểu số\s+(?:chiếm|là)|(?:đồng bào|người)\s+\p{Lu}\S*\s+chiếm/u.test(text)) return out;
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(text); m; m = FIGURE.exec(text)) {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const sentence = rangeAt(sentences, start) ?? { start: 0, end: text.length };
    const clause = clausesOf(text, sentence).find((c) => c.start <= start && start < c.end) ?? sentence;
    // What a speaker says, not how the speaker is introduced: "Khai mạc lớp bồi dưỡng, ông A cho biết, tỉnh có gần 3,35 triệu dân".
    const clauseText = afterSpeaker(text.slice(clause.start, clause.end));
    const unit = g.unit!;
    const after = text.slice(end, Math.min(clause.end, end + 40));
    if (unit === 'dân' && NOT_PEOPLE_AFTER_DAN.test(after)) continue;
    const minorityShare = unit === '%' && MINORITY_SHARE_BEFORE.test(text.slice(Math.max(clause.start, start - 60), start));
    if (unit === '%') {
      if (!SHARE_OF_POPULATION.test(after) && !minorityShare) continue;
    } else if (!SETTING_CUE.test(clauseText) || RESULT_VERB.test(clauseText)) continue;
    let value = parseViNumber(g.n!);
    if (value === null) continue;
    if (g.scale) value = Math.round(value * SCALE[g.scale]!);
    const before = text.slice(Math.max(clause.start, start - 16), start);
    // "tín đồ Công giáo", "km bờ biển"; not "… với hơn 1" (the next figure, chained with a connector).
    const tail = /^\s*(?:với|và|trong|sinh sống|,)/u.test(after) ? '' : (/^[^,;.()\n\d]{0,30}/u.exec(after)?.[0].trim() ?? '');
    const label = minorityShare ? 'đồng bào dân tộc thiểu số (tỷ lệ dân số)' : unit === 'người' && /dân số\s*(?:khoảng|gần|hơn|trên)?\s*$/u.test(before)
      ? 'dân số'
      : unit === '%' ? `${/^[^,;.()\n]{0,20}/u.exec(after)?.[0].trim() ?? 'dân số'}` : [unit, tail].filter(Boolean).join(' ');
    out.push({
      value: { label, value, unit: unit === '%' ? '%' : unit.replace(/,\s*/gu, ', '), qualifier: g.q ? qualifierOf(g.q.toLocaleLowerCase('vi')) : null },
      spans: [{ start, end }],
      rule: minorityShare ? 'context.minority-share' : unit === '%' ? 'context.share-of-population' : 'context.setting-clause',
    });
  }
  return out;
}

const SPEAKER_INTRO = /^.*(?<![\p{L}])(?:cho biết|thông tin|nhấn mạnh|khẳng định|chia sẻ)(?![\p{L}])\s*,?/su;
function afterSpeaker(clause: string): string {
  return clause.replace(SPEAKER_INTRO, '');
}

/** A clause that describes the place and reports no action (see the module's comment). */
export function looksLikeSetting(clause: string): boolean {
  return SETTING_CUE.test(clause) && !RESULT_VERB.test(clause);
}
