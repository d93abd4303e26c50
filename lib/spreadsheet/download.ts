import { z } from 'zod';
import { CSV_TYPE, csvStream } from './csv-stream';
import { XLSX_TYPE, xlsxStream } from './xlsx';

/** The formats a staff list downloads in: CSV unless `?format=xlsx`. */
export const downloadFormatSchema = z.enum(['csv', 'xlsx']).default('csv');
export type DownloadFormat = z.output<typeof downloadFormatSchema>;

type Rows = Parameters<typeof csvStream>[0];

/** A list's rows as a file to save, streamed as they are read; never kept by a cache, since it holds names and phones. */
export function downloadResponse(format: DownloadFormat, rows: Rows, { sheetName, fileName }: { sheetName: string; fileName: string }): Response {
  const xlsx = format === 'xlsx';
  return new Response(xlsx ? xlsxStream([{ name: sheetName, rows }]) : csvStream(rows), {
    headers: {
      'Content-Type': xlsx ? XLSX_TYPE : CSV_TYPE,
      'Content-Disposition': `attachment; filename="${fileName}.${format}"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
