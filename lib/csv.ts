import { type CellValue, safeCell } from './spreadsheet/safe-cell';

/**
 * CSV for spreadsheets: a UTF-8 byte order mark so Excel shows Vietnamese
 * correctly, CRLF lines, and every cell in quotes (RFC 4180), so that a ";" or
 * a line break in it separates nothing whichever separator the reader's
 * regional settings use; formula-like text is neutralised (safeCell).
 */
export const CSV_BOM = '\uFEFF';

const cell = (value: CellValue) => `"${safeCell(value === null || value === undefined ? '' : String(value)).replace(/"/g, '""')}"`;

export function csvLine(row: CellValue[]): string {
  return `${row.map(cell).join(',')}\r\n`;
}

export function toCsv(rows: CellValue[][]): string {
  return CSV_BOM + rows.map(csvLine).join('');
}
