/** A PostgreSQL array literal, passed as one text parameter (both engines parse it the same way). */
export function toArray(values: (string | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : `"${v.replace(/["\\]/gu, (c) => `\\${c}`)}"`)).join(',')}}`;
}
