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
// "… trên tổng số 3.410 vụ việc": the denominator is not part of the label; an age is ("trẻ em dưới 6 tuổi"),
// and so is a list of quoted names ("Nhà đồng đội", "Nhà đại đoàn kết") or of units ("xã, phường, thị trấn");
// "đạt" ends it before a figure ("đạt 82%", "đạt kế hoạch"), not in "đạt chuẩn".
const TRAILING_END = /,(?!\s*["“]|\s*(?:phường|thị trấn|đặc khu|thôn|bản|tổ dân phố)(?![\p{L}]))|[;:.()\n]|\s(?:với|và|là|trong đó|gồm|nâng)\s|\sđạt\s(?=\d|(?:tỷ lệ|tỉ lệ|kế hoạch|chỉ tiêu|mục tiêu|khoảng|hơn|gần|trên)(?![\p{L}]))|\s(?:trên|trong)\s+tổng\s+số|\d(?![\d,.]*\s+tuổi(?![\p{L}]))/u;
const SUB_FIGURE = /^(?:trong đó|riêng|gồm|bao gồm)(?:\s+có)?$/iu;
const EACH_ASIDE = /^\s*,\s*mỗi\s[^,;.()\n]*,\s*/u;
const MAX_WORDS = 24;

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
  const tail = after.slice(0, tailEnd).trim().split(/\s+/u).slice(0, 12).join(' ').replace(TRAILING, '');
  let label = tail ? (head ? `${head} … ${tail}` : tail) : head;
  if (part) label = tail ? `${part} … ${tail}` : previousLabel ? `${part} – ${previousLabel}` : part;
  if (isProperty && previousLabel) label = `${label} – ${previousLabel}${ofPrevious && !previousLabel.includes(ofPrevious.split(/\s+/u).slice(0, 3).join(' ')) ? ` … ${ofPrevious}` : ''}`;
  return label;
}
