/**
 * Intake drafts records of human-rights training conferences. A document that never speaks of rights
 * (a disaster-prevention review, a socio-economic briefing) has dates, officials and figures too, but
 * proposing them would only give the reviewer a plausible-looking wrong record: such a document gets
 * an empty draft and a warning instead. Only whole documents are judged (150 words or more): a pasted
 * paragraph about the event's figures need not say "nhân quyền" to be worth reading.
 */
const RIGHTS = /nhân quyền|quyền con người|quyền (?:của|trẻ em|tự do|phụ nữ|công dân|dân sự|chính trị|kinh tế|được)|công ước/iu;

const DOCUMENT_WORDS = 150;

/** False only for a whole document that never speaks of rights. */
export function speaksOfRights(text: string): boolean {
  if (RIGHTS.test(text)) return true;
  let words = 0;
  for (const _ of text.matchAll(/\S+/gu)) if (++words >= DOCUMENT_WORDS) return false;
  return true;
}

export const OFF_TOPIC_WARNING =
  'Văn bản không nhắc đến nhân quyền hay quyền con người; có lẽ đây không phải bài viết về hội nghị tập huấn công tác nhân quyền. Bản nháp để trống.';
