/**
 * How long a deleted conference can be restored. The page offers "Hoàn tác" for a few seconds;
 * the server keeps what it needs a little longer, for a slow network or a second thought, and
 * then purges it (it holds participants' personal data).
 */
export const conferenceUndoMinutes = 15;

/** How long the "Đã xóa hội nghị … · Hoàn tác" notice stays on screen. */
export const conferenceUndoNoticeMs = 10_000;
