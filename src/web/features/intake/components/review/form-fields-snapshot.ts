/**
 * What a form's fields hold, as one string to compare: every input, textarea and select in
 * order (a row added or removed changes it too). The conference form keeps its values to
 * itself, so the review page compares these to tell whether the person changed anything.
 */
export function formFieldsSnapshot(root: ParentNode | null): string {
  if (!root) return '';
  const fields = root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select');
  return Array.from(fields, (f) => (f instanceof HTMLInputElement && (f.type === 'checkbox' || f.type === 'radio') ? String(f.checked) : f.value)).join('\u0000');
}
