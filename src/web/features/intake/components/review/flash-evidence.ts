const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Brings a field's words into view in the document pane and makes them blink, so the person
 * sees at once where a value came from. The pane scrolls on its own on a wide screen (it stays
 * beside the fields); stacked on a narrow one, the page scrolls instead. False when the field
 * has no marked words.
 */
export function flashEvidence(pane: HTMLElement | null, ids: number[]): boolean {
  if (!pane || !ids.length) return false;
  const marks = Array.from(pane.querySelectorAll<HTMLElement>(ids.map((id) => `mark[data-ev~="${id}"]`).join(',')));
  const first = marks[0];
  if (!first) return false;
  const behavior: ScrollBehavior = reducedMotion() ? 'auto' : 'smooth';
  if (pane.scrollHeight > pane.clientHeight + 1) {
    const top = first.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop;
    pane.scrollTo({ top: Math.max(0, top - pane.clientHeight / 3), behavior });
  } else {
    first.scrollIntoView({ block: 'center', behavior });
  }
  for (const mark of marks) {
    mark.dataset.flash = 'true';
    const animation = mark.animate(
      [{ backgroundColor: '#ffa94d', boxShadow: '0 0 0 3px #ffa94d' }, { backgroundColor: '#ffa94d', boxShadow: '0 0 0 3px #ffa94d', offset: 0.6 }, {}],
      { duration: 1800, easing: 'ease-out' },
    );
    animation.onfinish = () => delete mark.dataset.flash;
  }
  return true;
}
