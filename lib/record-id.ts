/**
 * A row id from a URL or a hidden form field. Anything that is not a whole
 * number the database's integer ids can hold becomes 0, which no row has, so
 * a tampered id answers "not found" instead of failing the query.
 */
export function recordId(raw: unknown): number {
  const text = String(raw ?? '');
  return /^\d{1,9}$/.test(text) ? Number(text) : 0;
}
