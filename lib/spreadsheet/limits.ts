/**
 * What an uploaded spreadsheet may hold, in one place. Generous for a ward's
 * list (a police list of 100,000 people with a few dozen columns stays well
 * within), and small enough that no file, however built, can expand in memory
 * past them: a few kilobytes of .xlsx can describe a cell at column ZZ and
 * another at row 100,000, or inflate to gigabytes.
 */
export const SPREADSHEET_LIMITS = {
  /** The file as uploaded. */
  fileBytes: 5 * 1024 * 1024,
  /** What one part of an .xlsx file (a zip) may inflate to, and all the parts read together. */
  entryBytes: 100 * 1024 * 1024,
  inflatedBytes: 150 * 1024 * 1024,
  /** Rows below the header. */
  rows: 100_000,
  columns: 50,
  /** Cells holding something, and the characters in them all. */
  cells: 2_000_000,
  textChars: 30_000_000,
  cellChars: 5_000,
};

/** The bounds as a person reads them in a refusal ("at most 50 columns"): sizes in megabytes. */
export const spreadsheetLimitValues = {
  ...SPREADSHEET_LIMITS,
  fileMegabytes: SPREADSHEET_LIMITS.fileBytes / 1024 / 1024,
};

export type SpreadsheetProblem =
  | 'unsupported-type'
  | 'unreadable'
  | 'empty'
  | 'too-large'
  | 'too-much-data'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'too-many-cells'
  | 'cell-too-long';

/** A file the reader refuses, and why: shown to the person who uploaded it, nothing stored. */
export class SpreadsheetError extends Error {
  constructor(readonly problem: SpreadsheetProblem) {
    super(problem);
  }
}
