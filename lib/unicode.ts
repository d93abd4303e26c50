/**
 * Text as the app keeps it: Unicode NFC. Some keyboards send Vietnamese
 * letters decomposed (NFD: "ươ" as base letters plus combining marks), which
 * look the same but compare, sort and search differently; every text is
 * composed where it enters the app.
 */
export const nfc = (text: string) => text.normalize('NFC');

/** A parsed JSON value with every string in it, at any depth, in NFC. */
export function deepNfc(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map(deepNfc);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepNfc(item)]));
  return value;
}
