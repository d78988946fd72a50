/**
 * Is this Vietnamese with its diacritics? The rules read diacritics ("chủ trì", "đại biểu"), so text
 * without them (another language, or Vietnamese typed without marks) gets a warning, not a guess.
 * Measure: share of letters that carry a Vietnamese mark; written Vietnamese is around 30–50 %.
 */
const MARKED = new Set('àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ');
const LETTER = /\p{L}/u;

export function vietnameseWarning(text: string): string | null {
  // A counting loop, not String#match: no arrays of every letter (this runs on every document).
  const sample = text.slice(0, 8_000).toLocaleLowerCase('vi');
  let letters = 0;
  let marked = 0;
  for (const ch of sample) {
    if (ch < 'a' ? false : ch <= 'z' || LETTER.test(ch)) letters++;
    if (MARKED.has(ch)) marked++;
  }
  if (letters < 40) return 'Văn bản quá ngắn để nhận biết ngôn ngữ; hãy kiểm tra lại nội dung tải lên.';
  if (marked / letters >= 0.12) return null;
  return 'Văn bản có vẻ không phải tiếng Việt có dấu; các quy tắc trích xuất có thể bỏ sót thông tin, hãy kiểm tra kỹ.';
}
