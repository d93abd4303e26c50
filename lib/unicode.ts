/**
 * Text as the app keeps it: Unicode NFC. Some keyboards send Vietnamese
 * letters decomposed (NFD: "ươ" as base letters plus combining marks), which
 * look the same but compare, sort and search differently; every text is
 * composed where it enters the app.
 */
export const nfc = (text: string) => text.normalize('NFC');

/**
 * Control characters no one types: NUL (which PostgreSQL refuses in text),
 * the other C0 controls, DEL and the C1 controls. Tab, line feed and carriage
 * return are ordinary text in a multi-line note, so they are not among them.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export const hasControlCharacters = (text: string) => text.search(CONTROL) !== -1;

/** Line breaks of any kind (also U+2028 and U+2029), tabs and the other control characters. */
const NOT_ONE_LINE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

/** Whether a text fits on one line: what a name, an address, a phone or a label must do (see oneLine in form-fields.ts). */
export const isOneLine = (text: string) => !NOT_ONE_LINE.test(text);

/** A saved text put on one line, for a line-based format: each line break or tab becomes a space. */
export const onOneLine = (text: string) => text.replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(CONTROL, '');

/** A typed text as forms keep it: in NFC, without control characters (the rule for every form field, see form-fields.ts). */
export const cleanText = (text: string) => nfc(text).replace(CONTROL, '');

/** A parsed JSON value with every string in it, at any depth, in NFC. */
export function deepNfc(value: unknown): unknown {
  if (typeof value === 'string') return nfc(value);
  if (Array.isArray(value)) return value.map(deepNfc);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, deepNfc(item)]));
  return value;
}

/** Where in a parsed JSON value a string (or a key) holds a control character, as dotted paths ("records.0.data.fullName"). */
export function controlCharacterPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return hasControlCharacters(value) ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => controlCharacterPaths(item, [...path, String(index)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (hasControlCharacters(key) ? [[...path, key.replace(CONTROL, '?')].join('.')] : controlCharacterPaths(item, [...path, key])));
  }
  return [];
}
