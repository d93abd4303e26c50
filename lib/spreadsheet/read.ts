import ExcelJS from 'exceljs';

/** A spreadsheet as text: the header row, then every row below it in file order (blank rows kept, so row numbers stay the file's). */
export interface SpreadsheetText {
  header: string[];
  rows: string[][];
}

export const MAX_SPREADSHEET_ROWS = 100_000;

export type SpreadsheetProblem = 'unsupported-type' | 'unreadable' | 'empty' | 'too-many-rows';

export class SpreadsheetError extends Error {
  constructor(readonly problem: SpreadsheetProblem) {
    super(problem);
  }
}

/** The row number a person sees in their spreadsheet program for the index of a row in `rows`. */
export const fileRowNumber = (index: number) => index + 2;

const clean = (text: string) => text.normalize('NFC').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();

/**
 * Reads an uploaded .xlsx (first sheet) or .csv (comma or semicolon, with or
 * without a byte order mark) into text cells in Unicode NFC. Dates become
 * YYYY-MM-DD. Refuses other files with a SpreadsheetError naming the problem.
 */
export async function readSpreadsheet(data: ArrayBuffer | Uint8Array, fileName: string): Promise<SpreadsheetText> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const kind = fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : fileName.toLowerCase().endsWith('.csv') ? 'csv' : null;
  if (!kind) throw new SpreadsheetError('unsupported-type');
  const table = kind === 'xlsx' ? await readXlsx(bytes) : readCsv(bytes);
  while (table.length && table[table.length - 1].every((cell) => cell === '')) table.pop();
  if (table.length < 2) throw new SpreadsheetError('empty');
  if (table.length - 1 > MAX_SPREADSHEET_ROWS) throw new SpreadsheetError('too-many-rows');
  const [header, ...rows] = table;
  return { header, rows };
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch {
    throw new SpreadsheetError('unreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('empty');
  if (sheet.rowCount - 1 > MAX_SPREADSHEET_ROWS) throw new SpreadsheetError('too-many-rows');
  const width = sheet.columnCount;
  const table: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    table.push(Array.from({ length: width }, (_, c) => clean(cellText(row.getCell(c + 1).value))));
  }
  return table;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text);
  if ('error' in value) return '';
  return '';
}

/** RFC 4180 CSV; the delimiter is whichever of comma and semicolon the header line holds more of (Excel in Vietnamese locales saves with either). */
function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpreadsheetError('unreadable');
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const table: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      table.push(row);
      row = [];
      cell = '';
      if (table.length > MAX_SPREADSHEET_ROWS + 1) throw new SpreadsheetError('too-many-rows');
    } else cell += char;
  }
  if (quoted) throw new SpreadsheetError('unreadable');
  if (cell !== '' || row.length) {
    row.push(cell);
    table.push(row);
  }
  const width = Math.max(0, ...table.map((r) => r.length));
  return table.map((r) => Array.from({ length: width }, (_, c) => clean(r[c] ?? '')));
}
