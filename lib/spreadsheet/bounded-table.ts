import { cleanText } from '../unicode';
import { SPREADSHEET_LIMITS as LIMITS, SpreadsheetError } from './limits';

/**
 * The cells of a sheet as they are read, kept only while within the limits:
 * a cell holding something beyond them refuses the file at once, and an empty
 * cell takes no room wherever it lies, so a file naming a cell far away is
 * never expanded into a grid reaching it.
 */
export class BoundedTable {
  private readonly rows: string[][] = [];
  private width = 0;
  private cells = 0;
  private chars = 0;

  /** A cell's text at its place, counted from 0 with the header as row 0; in NFC, without control characters or surrounding spaces. */
  set(row: number, column: number, text: string) {
    if (text.length > LIMITS.cellChars * 2) throw new SpreadsheetError('cell-too-long');
    const value = cleanText(text).trim();
    if (value === '') return;
    if (!Number.isSafeInteger(row) || !Number.isSafeInteger(column) || row < 0 || column < 0) throw new SpreadsheetError('unreadable');
    if (value.length > LIMITS.cellChars) throw new SpreadsheetError('cell-too-long');
    if (column >= LIMITS.columns) throw new SpreadsheetError('too-many-columns');
    if (row > LIMITS.rows) throw new SpreadsheetError('too-many-rows');
    if (++this.cells > LIMITS.cells) throw new SpreadsheetError('too-many-cells');
    if ((this.chars += value.length) > LIMITS.textChars) throw new SpreadsheetError('too-much-data');
    (this.rows[row] ??= [])[column] = value;
    this.width = Math.max(this.width, column + 1);
  }

  /** Every row down to the last holding something, each as wide as the widest (blank rows kept, so row numbers stay the file's). */
  table(): string[][] {
    return Array.from(this.rows, (row) => Array.from({ length: this.width }, (_, column) => row?.[column] ?? ''));
  }
}
