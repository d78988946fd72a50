/**
 * The conference form of the review page, opened once from the ticks (Nhận/Bỏ) and then kept
 * — mounted, hidden — while the person goes back to the review step, so nothing typed is lost.
 *
 * The form (conferences feature) fills itself once from the draft and does not expose its
 * values, so ticks cannot be merged field by field into an edited form. The rule instead:
 * changed ticks refill the form only while the person has not edited it; once they have, their
 * edits win and the page says the new ticks were not applied, offering to refill on request.
 */
export type FormSession = {
  /** Bumped to rebuild the form from the ticks (its React key). */
  generation: number;
  /** The ticks the form was filled from. */
  dropped: ReadonlySet<string>;
  /** Whether the form's fields differed from how they were filled, when the person last left it. */
  edited: boolean;
};

export function sameTicks(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((path) => b.has(path));
}

/** "Tiếp tục": the kept form, rebuilt from the current ticks only if nothing typed would be lost. */
export function continueToForm(session: FormSession | null, dropped: ReadonlySet<string>): FormSession {
  if (!session) return { generation: 1, dropped, edited: false };
  if (session.edited || sameTicks(session.dropped, dropped)) return session;
  return refilledForm(session, dropped);
}

/** The form rebuilt from the current ticks, dropping what was typed (asked first when anything was). */
export function refilledForm(session: FormSession, dropped: ReadonlySet<string>): FormSession {
  return { generation: session.generation + 1, dropped, edited: false };
}

/** Ticks changed since an edited form was filled: the page says so, and offers to refill. */
export function ticksNotApplied(session: FormSession | null, dropped: ReadonlySet<string>): boolean {
  return Boolean(session?.edited && !sameTicks(session.dropped, dropped));
}
