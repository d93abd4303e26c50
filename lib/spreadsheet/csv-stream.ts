import { CSV_BOM, csvLine } from '../csv';
import type { CellValue } from './safe-cell';

const CHUNK = 64 * 1024;

/**
 * CSV written as the rows come, about 64 KB at a time, and only as fast as
 * the reader takes it: an export of many thousand rows never sits whole in
 * memory.
 */
export function csvStream(rows: AsyncIterable<CellValue[]>): ReadableStream<Uint8Array> {
  const iterator = rows[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  let text = CSV_BOM;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      for (;;) {
        const next = await iterator.next();
        if (!next.done) text += csvLine(next.value);
        if (next.done || text.length >= CHUNK) {
          if (text) controller.enqueue(encoder.encode(text));
          text = '';
          if (next.done) controller.close();
          return;
        }
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

export const CSV_TYPE = 'text/csv; charset=utf-8';
