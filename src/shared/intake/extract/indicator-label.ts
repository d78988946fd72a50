import { currencyOf } from './indicator-units.js';

/**
 * A figure's label: the words of its clause before the number (what was done: "giải quyết việc làm
 * cho"), trimmed of the subject and linking words, plus what follows the unit up to the clause's end
 * ("… cho các hộ nghèo có khó khăn về nhà ở"). A figure that only adds a property of the one before it
 * ("…, với tổng số tiền 800 triệu đồng") borrows that one's label.
 */
const LEADING = /^(?:(?:và|với|trong đó|dịp này|nhân dịp này|kết quả|đến nay|hiện nay|cụ thể|gồm|đồng thời|riêng|ngoài ra|bên cạnh đó|tỉnh|toàn tỉnh|thành phố|toàn thành phố|xã|toàn xã|huyện|toàn huyện|UBND tỉnh|đã|cũng|đã tiến hành|đạt|là|có|được|các cấp|các ngành|(?:trong\s+)?năm \d{4}|trong \d+ tháng (?:đầu|cuối) năm(?: \d{4})?)\s*[,:]?\s+)+/iu;
/** A head that is only the period ("Năm 2024, 100% trẻ em …"): the period has its own field. */
const PERIOD_ONLY = /^(?:trong\s+)?(?:năm|\d+\s+tháng(?:\s+(?:đầu|cuối))?\s+năm)\s+\d{4}$/iu;
/** Who said it and when: "…, ông A, Phó Chủ tịch UBND tỉnh cho biết, " is not part of the label. */
const REPORTED = /^.*?(?:cho biết|báo cáo|nhấn mạnh|khẳng định|thông tin|Theo báo cáo[^,]*)\s*[,:]\s*/u;
// "(?<!thiểu|trở)": the "số" of "dân tộc thiểu số" and the "lên" of "trở lên" are no linking words.
const TRAILING = /(?:(?<!thiểu|trở)\s+(?:cho|là|được|đạt|với|của|có|gồm|tổng số|số|trên|khoảng|hơn|gần|lên|đến|tới|thêm|được|cho các|giúp))+\s*$/u;
const PROPERTY_OF_PREVIOUS = /^(?:với|trị giá|tổng trị giá|tương ứng|tổng số tiền|số tiền|kinh phí)(?![\p{L}])/u;
/** "…, hộ cận nghèo với tổng kinh phí": an amount of the previous figure, after words that still describe it. */
const PROPERTY_AT_END = /(?:(?<![\p{L}])(?:với|có)\s+|,\s*)((?:tổng\s+)?(?:kinh phí|số tiền|trị giá|giá trị)(?:\s+(?:là|khoảng|hơn|trên|gần|lên tới|lên đến))?)\s*$/u;
/**
 * Who a figure was for, as lists name them: "cho đối tượng bảo trợ xã hội, hộ nghèo", "cho người có công và
 * thân nhân". After a comma or "và", one of these continues the figure's words instead of ending them.
 */
const BENEFICIARIES = String.raw`hộ nghèo|hộ cận nghèo|hộ mới thoát nghèo|hộ chính sách|hộ gia đình|hộ kinh doanh|hộ đồng bào|gia đình chính sách|gia đình có công|gia đình thương binh|người có công|thân nhân|người khuyết tật|người cao tuổi|người nghèo|người lao động|người có uy tín|người dân tộc thiểu số|đồng bào|trẻ em|học sinh|sinh viên|phụ nữ|đối tượng|thương binh|cựu chiến binh|lao động`;
// "… trên tổng số 3.410 vụ việc": the denominator is not part of the label; an age is ("trẻ em dưới 6 tuổi"),
// and so is a list of quoted names ("Nhà đồng đội", "Nhà đại đoàn kết"), of units ("xã, phường, thị trấn")
// or of whom it was for (BENEFICIARIES); "đạt" ends it before a figure ("đạt 82%", "đạt kế hoạch"), not in "đạt chuẩn".
const TRAILING_END = new RegExp(
  String.raw`,(?!\s*["“]|\s*(?:phường|thị trấn|đặc khu|thôn|bản|tổ dân phố|${BENEFICIARIES})(?![\p{L}]))|[;:.()\n]|\s(?:với|và(?!\s+(?:${BENEFICIARIES})(?![\p{L}]))|là|trong đó|gồm|nâng)\s|\sđạt\s(?=\d|(?:tỷ lệ|tỉ lệ|kế hoạch|chỉ tiêu|mục tiêu|khoảng|hơn|gần|trên)(?![\p{L}]))|\s(?:trên|trong)\s+tổng\s+số|\d(?![\d,.]*\s+tuổi(?![\p{L}]))`,
  'u',
);
const SUB_FIGURE = /^(?:trong đó|riêng|gồm|bao gồm)(?:\s+có)?$/iu;
const EACH_ASIDE = /^\s*,\s*mỗi\s[^,;.()\n]*,\s*/u;
const MAX_WORDS = 24;

const BENEFICIARY_BREAK = new RegExp(String.raw`(?:,\s*|\s+và\s+)(?=(?:${BENEFICIARIES})(?![\p{L}]))`, 'gu');
const TAIL_WORDS = 12;

/** The tail's first words; a tail too long for them that lists whom it was for ends before its last group that starts within them (no "…, người"). */
function capTail(tail: string): string {
  const words = tail.split(/\s+/u);
  if (words.length <= TAIL_WORDS) return tail;
  const capped = words.slice(0, TAIL_WORDS).join(' ');
  const last = [...tail.matchAll(BENEFICIARY_BREAK)].filter((b) => b.index < capped.length).pop();
  return last && last.index > 0 ? capped.slice(0, last.index) : capped;
}

function lastWords(s: string, n: number): string {
  const words = s.split(/\s+/u);
  return words.length > n ? words.slice(-n).join(' ') : s;
}

export function labelOf(before: string, after: string, previousLabel: string | null): string {
  // A list's bullet or number ("- ", "•", "2.", "b)") and a "label:" colon are no words of the label.
  let head = before.replace(/^[\s,;:.)]+/u, '').replace(/^(?:[-–•*+]|\d{1,2}[.)]|[a-zđ]\))\s+/u, '').replace(/[\s,:]+$/u, '');
  head = head.replace(REPORTED, '');
  // "…, hộ cận nghèo với tổng kinh phí 189 tỷ đồng": the words before "với" belong to the previous figure.
  const propertyAtEnd = previousLabel ? PROPERTY_AT_END.exec(head) : null;
  let ofPrevious = '';
  if (propertyAtEnd) {
    ofPrevious = head.slice(0, propertyAtEnd.index).replace(LEADING, '').replace(TRAILING, '').trim();
    head = propertyAtEnd[1]!;
  }
  const isProperty = propertyAtEnd !== null || PROPERTY_OF_PREVIOUS.test(head);
  // "…, trong đó 320 hộ là đồng bào dân tộc thiểu số": a part of the previous figure, described after "là".
  const part = SUB_FIGURE.exec(head)?.[0] ?? null;
  // The space lets a head of linking words only ("Kết quả,", "Đến nay,") be dropped whole.
  head = `${head} `.replace(LEADING, '').replace(TRAILING, '').trim().replace(PERIOD_ONLY, '');
  head = lastWords(head, MAX_WORDS);
  // "250 suất quà, mỗi suất trị giá 1 triệu đồng, cho người có uy tín": the aside about each one is skipped.
  after = after.replace(EACH_ASIDE, ' ');
  if (part) after = after.replace(/^\s+là\s+/u, ' ');
  const tailEnd = TRAILING_END.exec(after)?.index ?? after.length;
  // "45 lớp tập huấn cho 3.200 lượt cán bộ": the tail stops before the next figure, and so do its linking words.
  const tail = capTail(after.slice(0, tailEnd).trim()).replace(TRAILING, '');
  // "hỗ trợ 12.800 hộ nghèo, hộ cận nghèo": a tail that lists on from the unit keeps its comma by the figure.
  let label = tail ? (head ? `${head} …${tail.startsWith(',') ? '' : ' '}${tail}` : tail.replace(/^,\s*/u, '')) : head;
  if (part) label = tail ? `${part} … ${tail}` : previousLabel ? `${part} – ${previousLabel}` : part;
  if (isProperty && previousLabel) label = `${label} – ${previousLabel}${ofPrevious && !previousLabel.includes(ofPrevious.split(/\s+/u).slice(0, 3).join(' ')) ? ` … ${ofPrevious}` : ''}`;
  return label;
}

/**
 * The thing a unit counts, to stand where the figure was in a label read without it: "suất quà" →
 * "quà", "căn nhà" → "nhà", "lượt cán bộ" → "cán bộ"; a share, money, a measure or a bare "lượt" leave nothing.
 */
function countedThing(unit: string | null): string {
  if (!unit || unit === '%' || currencyOf(unit) || /^(?:lượt|km|ha|tấn|ngày công|ca)$/u.test(unit)) return '';
  if (/^(?:suất|phần|xuất)\s+quà$/u.test(unit)) return 'quà';
  if (/^(?:căn|ngôi)(?:\s+nhà)?$/u.test(unit)) return 'nhà';
  return unit.replace(/^lượt\s+/u, '');
}

export interface LabelledFigure {
  label: string;
  unit: string | null;
}

/**
 * Labels to read on their own, as a report's list of figures shows them beside their numbers: the
 * clause label's "…" (where the figure stood) becomes what its unit counts ("tặng … cho hộ nghèo" with
 * "suất quà" → "tặng quà cho hộ nghèo"), and a property or a rate of the figure before it reads as one
 * phrase ("tổng kinh phí – tặng … cho hộ nghèo" → "tổng kinh phí tặng quà cho hộ nghèo").
 * Figures in text order, as `findIndicators` gives them.
 */
export function readableLabels(figures: LabelledFigure[]): string[] {
  const out: string[] = [];
  figures.forEach((f, i) => {
    const previous = figures[i - 1];
    const joined = previous ? ` – ${previous.label}` : null;
    const at = joined ? f.label.indexOf(joined) : -1;
    if (at > 0) {
      // "… hộ cận nghèo" after the previous figure's label: more of whom it was for.
      const more = f.label.slice(at + joined!.length).replace(/^\s*…\s*/u, '');
      out.push(`${readable(f.label.slice(0, at), f.unit)} ${lowerFirst(out[i - 1]!)}${more ? `, ${more}` : ''}`);
      return;
    }
    out.push(readable(f.label, f.unit));
  });
  return out;
}

/** "Tỷ lệ hộ nghèo giảm còn" before its number: the change's words end no label read on its own. */
const CHANGE_AT_END = /\s+(?:(?:giảm|tăng)\s+)?(?:xuống\s+|lên\s+)?(?:còn|mức)$/u;

/** "6 tháng đầu năm 2025, tỉnh …", "Giai đoạn 2021-2023, toàn tỉnh …": the period has its own field beside the figure. */
const PERIOD_HEAD = /^(?:trong\s+)?(?:(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+)?năm\s+\d{4}|giai đoạn\s+\d{4}\s*[-–]\s*\d{4}|từ năm\s+\d{4}\s+đến nay)\s*,\s*/iu;
/** "Các tổ hòa giải" inside a phrase, not "BHYT" or "UBND". */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s);

function readable(label: string, unit: string | null): string {
  const thing = countedThing(unit);
  const head = label.replace(PERIOD_HEAD, '');
  if (head !== label) label = `${head} `.replace(LEADING, '').trim();
  return label.replace(/\s*…\s*(,?)\s*/u, (_, comma: string) => (thing ? ` ${thing}${comma} ` : `${comma} `)).replace(/\s+/gu, ' ').trim().replace(CHANGE_AT_END, '');
}
