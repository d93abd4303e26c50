import zlib from 'node:zlib';
import { SPREADSHEET_LIMITS } from '@/lib/spreadsheet/limits';

/**
 * Spreadsheets built to make a reader expand them past any memory: small
 * files, generated here, that describe or inflate to something huge. The unit
 * tests read them; the end-to-end test uploads them to the imports.
 */

/** Raw deflate output for parts given as text; a part given as bytes is taken as already deflated. */
const deflated = (part: string | Buffer) => (typeof part === 'string' ? zlib.deflateRawSync(part) : part);

/** A zip of these parts whose directory declares every part 100 bytes once inflated, whatever they hold. */
export function zipOf(parts: Record<string, string | Buffer>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [path, part] of Object.entries(parts)) {
    const name = Buffer.from(path);
    const data = deflated(part);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(100, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(100, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length / 2, 8);
  end.writeUInt16LE(central.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The smallest .xlsx a spreadsheet program opens: a workbook with one sheet, and whatever else is given. */
export const xlsxOf = (sheet: string | Buffer, more: Record<string, string | Buffer> = {}) =>
  zipOf({
    'xl/workbook.xml': '<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
    'xl/_rels/workbook.xml.rels': `<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/>${'xl/sharedStrings.xml' in more ? '<Relationship Id="rId2" Type="x/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`,
    'xl/worksheets/sheet1.xml': sheet,
    ...more,
  });

export const sheetXml = (cells: string) => `<worksheet><sheetData>${cells}</sheetData></worksheet>`;
export const HEADER_ROW = '<row r="1"><c r="A1" t="inlineStr"><is><t>Họ tên</t></is></c></row>';

/** Deflate output that inflates to `megabytes` of spaces between a head and a tail: a few kilobytes per megabyte. */
export function bomb(head: string, megabytes: number, tail: string) {
  const flushed = (text: string | Buffer) => zlib.deflateRawSync(text, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const megabyte = flushed(Buffer.alloc(1024 * 1024, ' '));
  return Buffer.concat([flushed(head), ...Array.from({ length: megabytes }, () => megabyte), zlib.deflateRawSync(tail)]);
}

/** The files a tester crashed the server with, each with the refusal it must now get. */
export const HOSTILE_SPREADSHEETS = [
  {
    name: 'ZZ2-A100000.xlsx',
    bytes: xlsxOf(sheetXml(`${HEADER_ROW}<row r="2"><c r="ZZ2"><v>1</v></c></row><row r="100000"><c r="A100000"><v>2</v></c></row>`)),
    problem: 'too-many-columns',
  },
  { name: 'zip-bomb.xlsx', bytes: xlsxOf(bomb(`<worksheet><sheetData>${HEADER_ROW}`, SPREADSHEET_LIMITS.entryBytes / 1024 / 1024 + 1, '</sheetData></worksheet>')), problem: 'too-much-data' },
  { name: '5000-columns.csv', bytes: new TextEncoder().encode(`${Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',')}\n1\n`), problem: 'too-many-columns' },
  { name: 'long-cell.csv', bytes: new TextEncoder().encode(`Họ tên\n${'x'.repeat(1_000_000)}\n`), problem: 'cell-too-long' },
] as const;
