import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { type CellValue, safeValue } from './safe-cell';

export interface Sheet {
  name: string;
  rows: Iterable<CellValue[]> | AsyncIterable<CellValue[]>;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes sheets into an .xlsx file as a stream, pulled by the reader: rows
 * become XML and go through deflate into the zip as they come, so an export of
 * a town's 70,000 rows holds a few kilobytes at a time. Text is written as
 * inline strings, never as formulas (see safeCell). A spreadsheet library
 * built each cell as objects first, which grew the server by a hundred
 * megabytes on such an export.
 */
export function xlsxStream(sheets: Sheet[]): ReadableStream<Uint8Array> {
  return Readable.toWeb(Readable.from(zipEntries(workbookParts(sheets)))) as ReadableStream<Uint8Array>;
}

const escapeXml = (text: string) =>
  text
    // Characters XML 1.0 cannot hold at all (a NUL in a name would make the whole file unreadable).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function rowXml(cells: CellValue[], rowNumber: number): string {
  const xml = cells.map((value, i) => {
    const ref = `${columnName(i)}${rowNumber}`;
    const safe = safeValue(value);
    return typeof safe === 'number' && Number.isFinite(safe)
      ? `<c r="${ref}"><v>${safe}</v></c>`
      : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(safe))}</t></is></c>`;
  });
  return `<row r="${rowNumber}">${xml.join('')}</row>`;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function* sheetXml(rows: Sheet['rows']): AsyncGenerator<string> {
  yield `${XML_HEAD}<worksheet xmlns="${MAIN_NS}"><sheetData>`;
  let rowNumber = 0;
  let chunk = '';
  for await (const row of rows) {
    chunk += rowXml(row, ++rowNumber);
    if (chunk.length > 32_768) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</sheetData></worksheet>`;
}

interface Part {
  path: string;
  content: AsyncIterable<string> | string;
}

function workbookParts(sheets: Sheet[]): Part[] {
  // Excel refuses sheet names over 31 characters or with []:*?/\ in them.
  const names = sheets.map((sheet, i) => escapeXml(sheet.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || `Sheet${i + 1}`));
  const sheetType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
  return [
    {
      path: '[Content_Types].xml',
      content: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`).join('')}</Types>`,
    },
    {
      path: '_rels/.rels',
      content: `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      path: 'xl/workbook.xml',
      content: `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${names.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      content: `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    },
    ...sheets.map((sheet, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, content: sheetXml(sheet.rows) })),
  ];
}

/**
 * A zip file, entry by entry: each deflated as it streams, its CRC and sizes
 * in a data descriptor after it (flag bit 3), then the central directory.
 */
async function* zipEntries(parts: Part[]): AsyncGenerator<Buffer> {
  const central: Buffer[] = [];
  let offset = 0;
  const { time, date } = dosDateTime(new Date());
  for (const part of parts) {
    const name = Buffer.from(part.path, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0808, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt16LE(name.length, 26);
    yield Buffer.concat([header, name]);

    let crc = 0;
    let size = 0;
    let compressed = 0;
    const source = typeof part.content === 'string' ? [part.content] : part.content;
    const plain = Readable.from(
      (async function* () {
        for await (const text of source) {
          const bytes = Buffer.from(text, 'utf8');
          crc = zlib.crc32(bytes, crc);
          size += bytes.length;
          yield bytes;
        }
      })(),
    );
    for await (const chunk of plain.pipe(zlib.createDeflateRaw())) {
      compressed += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    yield descriptor;

    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0808, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(compressed, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += header.length + name.length + compressed + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  yield directory;
  yield end;
}

function dosDateTime(at: Date) {
  return {
    time: (at.getHours() << 11) | (at.getMinutes() << 5) | Math.floor(at.getSeconds() / 2),
    date: ((at.getFullYear() - 1980) << 9) | ((at.getMonth() + 1) << 5) | at.getDate(),
  };
}
