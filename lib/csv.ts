import { type CellValue, safeCell } from './spreadsheet/safe-cell';

/**
 * CSV for spreadsheets: a UTF-8 byte order mark so Excel shows Vietnamese
 * correctly, CRLF lines, quoted cells, and formula-like text neutralised
 * (safeCell).
 */
export const CSV_BOM = '\uFEFF';

export function csvLine(row: CellValue[]): string {
  const cell = (value: CellValue) => {
    const safe = safeCell(value === null || value === undefined ? '' : String(value));
    return /[",\r\n']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `${row.map(cell).join(',')}\r\n`;
}

export function toCsv(rows: CellValue[][]): string {
  return CSV_BOM + rows.map(csvLine).join('');
}
