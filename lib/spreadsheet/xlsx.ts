import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type CellValue, safeValue } from './safe-cell';

export interface Sheet {
  name: string;
  rows: Iterable<CellValue[]> | AsyncIterable<CellValue[]>;
}

/**
 * Writes sheets into an .xlsx file as a stream: each row is committed as it
 * comes, so an export of many thousand rows never sits whole in memory. Text
 * is written as inline strings, never as formulas (see safeCell).
 */
export function xlsxStream(sheets: Sheet[]): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: false });
  (async () => {
    for (const sheet of sheets) {
      const worksheet = workbook.addWorksheet(sheet.name);
      for await (const row of sheet.rows) worksheet.addRow(row.map(safeValue)).commit();
      worksheet.commit();
    }
    await workbook.commit();
  })().catch((error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
