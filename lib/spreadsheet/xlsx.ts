import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { CellValue } from './safe-cell';

/** A cell of an .xlsx sheet: text, a number, a calendar day (YYYY-MM-DD) shown as dd/mm/yyyy, or a share in percent (34.5) shown as 34.5%. */
export type XlsxCell = CellValue | { day: string } | { percent: number | null };

export interface Sheet {
  name: string;
  rows: Iterable<XlsxCell[]> | AsyncIterable<XlsxCell[]>;
  /** Column widths in characters; without them each column is as wide as its first row's cell (the header), within 10 to 60. */
  widths?: number[];
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Writes sheets into an .xlsx file as a stream, pulled by the reader: rows
 * become XML and go through deflate into the zip as they come, so an export of
 * a town's 70,000 rows holds a few kilobytes at a time. Text is written as an
 * inline string, which a spreadsheet never runs as a formula, so it needs no
 * apostrophe in front (unlike CSV, see safeCell). A spreadsheet library built
 * each cell as objects first, which grew the server by a hundred megabytes on
 * such an export.
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

/** Cell styles (cellXfs in styles.xml): 1 a date, 2 a percentage. */
const DATE_STYLE = 1;
const PERCENT_STYLE = 2;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const serialDay = (day: string) => (Date.parse(`${day}T00:00:00Z`) - EXCEL_EPOCH) / 86_400_000;

/** A cell's XML; nothing for an empty cell (null, undefined, a share without a population). */
function cellXml(value: XlsxCell, ref: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
  if (typeof value === 'object') {
    if ('day' in value) return `<c r="${ref}" s="${DATE_STYLE}"><v>${serialDay(value.day)}</v></c>`;
    return value.percent === null ? '' : `<c r="${ref}" s="${PERCENT_STYLE}"><v>${value.percent / 100}</v></c>`;
  }
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
}

function rowXml(cells: XlsxCell[], rowNumber: number): string {
  return `<row r="${rowNumber}">${cells.map((value, i) => cellXml(value, `${columnName(i)}${rowNumber}`)).join('')}</row>`;
}

const widthOf = (cell: XlsxCell) => Math.min(60, Math.max(10, (typeof cell === 'string' ? cell.length : 8) + 2));

const colsXml = (widths: number[]) =>
  widths.length ? `<cols>${widths.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('')}</cols>` : '';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function* sheetXml({ rows, widths }: Sheet): AsyncGenerator<string> {
  const iterator = (Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]()) as AsyncIterator<XlsxCell[]> | Iterator<XlsxCell[]>;
  // The columns' widths come before the rows, so the first row is read first when they are to follow it.
  const first = await iterator.next();
  const firstRow = first.done ? [] : first.value;
  yield `${XML_HEAD}<worksheet xmlns="${MAIN_NS}">${colsXml(widths ?? firstRow.map(widthOf))}<sheetData>`;
  let rowNumber = 0;
  let chunk = first.done ? '' : rowXml(firstRow, ++rowNumber);
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    chunk += rowXml(next.value, ++rowNumber);
    if (chunk.length > 32_768) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}</sheetData></worksheet>`;
}

const STYLES = `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

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
      content: `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${sheetType}"/>`).join('')}</Types>`,
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
      content: `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    },
    { path: 'xl/styles.xml', content: STYLES },
    ...sheets.map((sheet, i) => ({ path: `xl/worksheets/sheet${i + 1}.xml`, content: sheetXml(sheet) })),
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
