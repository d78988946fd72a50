export type DiffRow = { field: string; before: unknown; after: unknown; changed: boolean };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // Nested values (lists of merged provinces, say) compare by content.
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Field-by-field comparison of the before/after snapshots of an audit entry, in the order
 * the fields first appear. A creation has only "after", a deletion only "before"; a value
 * that is not an object becomes a single row with an empty field name.
 */
export function diffRecords(before: unknown, after: unknown): DiffRow[] {
  const b = before ?? null;
  const a = after ?? null;
  if ((b !== null && !isRecord(b)) || (a !== null && !isRecord(a))) {
    return [{ field: '', before: b, after: a, changed: !same(b, a) }];
  }
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return fields.map((field) => {
    const was = b ? b[field] : undefined;
    const now = a ? a[field] : undefined;
    return { field, before: was, after: now, changed: !same(was, now) };
  });
}
