import { describe, expect, it } from 'vitest';
import { csvStream } from '@/lib/spreadsheet/csv-stream';

const textOf = async (stream: ReadableStream<Uint8Array>) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());

async function* rowsOf(rows: (string | number)[][]) {
  for (const row of rows) yield row;
}

describe('csvStream', () => {
  it('writes the byte order mark once, then each row, with formula-like text neutralised', async () => {
    const text = await textOf(csvStream(rowsOf([['Họ và tên', 'Số'], ['=HYPERLINK("http://x","y")', 1], ['@SUM(A1)', 2]])));
    expect(text).toBe('\uFEFF"Họ và tên","Số"\r\n"\'=HYPERLINK(""http://x"",""y"")","1"\r\n"\'@SUM(A1)","2"\r\n');
  });

  it('sends many rows in chunks of about 64 KB rather than one string', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => [`Nguyễn Thị Hường ${i}`, 'x'.repeat(40)]);
    const reader = csvStream(rowsOf(many)).getReader();
    const sizes: number[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) sizes.push(next.value.length);
    expect(sizes.length).toBeGreaterThan(3);
    expect(Math.max(...sizes)).toBeLessThan(100 * 1024);
  });

  it('an empty list still starts with the byte order mark', async () => {
    expect(await textOf(csvStream(rowsOf([])))).toBe('\uFEFF');
  });
});
