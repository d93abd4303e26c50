/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a leading tab or
 * carriage return, as OWASP lists them) gets a leading apostrophe, in CSV and
 * .xlsx alike: a name typed as "=HYPERLINK(…)" stays a name when the file is
 * opened, and when it is saved again by another program.
 */
export function safeCell(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type CellValue = string | number | null | undefined;

/** Numbers stay numbers; everything else becomes safe text. */
export const safeValue = (value: CellValue): string | number => (typeof value === 'number' ? value : safeCell(value ?? ''));
