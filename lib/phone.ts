/**
 * Vietnamese mobile numbers, accepted as people type them ("0912 345 678",
 * "0912.345.678", "+84 912345678") and stored in one form: +84912345678.
 * Mobile prefixes since the 2018 renumbering: 03, 05, 07, 08, 09.
 */
const MOBILE = /^(3[2-9]|5[2689]|7[06-9]|8[1-9]|9\d)\d{7}$/;

export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, '');
  const national = compact.startsWith('+84') ? compact.slice(3) : compact.startsWith('84') && compact.length === 11 ? compact.slice(2) : compact.startsWith('0') ? compact.slice(1) : null;
  return national && MOBILE.test(national) ? `+84${national}` : null;
}

/** +84912345678 → 0912 345 678, the way people read it. */
export function formatPhone(normal: string): string {
  if (!normal.startsWith('+84')) return normal;
  const national = `0${normal.slice(3)}`;
  return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
}
