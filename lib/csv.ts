/**
 * CSV for spreadsheets: a UTF-8 byte order mark so Excel shows Vietnamese
 * correctly, CRLF lines, quoted cells, and a leading apostrophe on cells that
 * a spreadsheet would otherwise run as a formula (=, +, -, @).
 */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
