import { SPREADSHEET_LIMITS, SpreadsheetError } from './limits';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export { SpreadsheetError, type SpreadsheetProblem } from './limits';

/** A spreadsheet as text: the header row, then every row below it in file order (blank rows kept, so row numbers stay the file's). */
export interface SpreadsheetText {
  header: string[];
  rows: string[][];
}

/** The row number a person sees in their spreadsheet program for the index of a row in `rows`. */
export const fileRowNumber = (index: number) => index + 2;

/**
 * Reads an uploaded .xlsx (first sheet) or .csv (comma or semicolon, with or
 * without a byte order mark) into text cells in Unicode NFC. Dates become
 * YYYY-MM-DD. A file beyond the limits (limits.ts), or one that cannot be
 * read for any reason, is refused with a SpreadsheetError naming the problem:
 * no file makes the reader throw anything else.
 */
export async function readSpreadsheet(data: ArrayBuffer | Uint8Array, fileName: string): Promise<SpreadsheetText> {
  const bytes = data instanceof Uint8Array ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);
  const kind = fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : fileName.toLowerCase().endsWith('.csv') ? 'csv' : null;
  if (!kind) throw new SpreadsheetError('unsupported-type');
  if (bytes.length > SPREADSHEET_LIMITS.fileBytes) throw new SpreadsheetError('too-large');
  let table: string[][];
  try {
    table = kind === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    console.error('A spreadsheet could not be read:', error);
    throw new SpreadsheetError('unreadable');
  }
  if (table.length < 2) throw new SpreadsheetError('empty');
  const [header, ...rows] = table;
  return { header, rows };
}
