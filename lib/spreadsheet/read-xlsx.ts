import { posix } from 'node:path';
import { BoundedTable } from './bounded-table';
import { SPREADSHEET_LIMITS as LIMITS, SpreadsheetError } from './limits';
import { Unzip } from './unzip';
import { type XmlHandler, XmlScanner } from './xml-scan';

/**
 * The first sheet of an .xlsx file, read part by part as each inflates and
 * kept within the limits (see BoundedTable): the shared strings are held, the
 * sheet itself streams through. Dates become YYYY-MM-DD.
 */
export async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const zip = new Unzip(bytes);
  const workbookPath = (await relationships(zip, '')).find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbook = { sheetId: undefined as string | undefined, date1904: false };
  await scan(zip, workbookPath, {
    open(name, attributes) {
      if (name === 'sheet') workbook.sheetId ??= attributes.id;
      if (name === 'workbookPr') workbook.date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
    },
  });
  const parts = await relationships(zip, workbookPath);
  const sheetPath = parts.find((r) => r.id === workbook.sheetId)?.target;
  if (!sheetPath || !zip.has(sheetPath)) throw new SpreadsheetError('empty');
  const strings = await sharedStrings(zip, parts.find((r) => r.type.endsWith('/sharedStrings'))?.target);
  const dateStyles = await dateStyleIndexes(zip, parts.find((r) => r.type.endsWith('/styles'))?.target);
  const table = new BoundedTable();
  await scan(zip, sheetPath, sheetReader(table, (cell) => cellText(cell, strings, dateStyles, workbook.date1904)));
  return table.table();
}

async function scan(zip: Unzip, path: string, handler: Partial<XmlHandler>) {
  const scanner = new XmlScanner({ open: () => {}, close: () => {}, text: () => {}, ...handler });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for await (const chunk of zip.read(path)) scanner.write(decoder.decode(chunk, { stream: true }));
  scanner.write(decoder.decode());
  scanner.end();
}

/** A part's relationships (the parts it points to), each target as a path in the zip; '' for the package's own. */
async function relationships(zip: Unzip, path: string) {
  const relsPath = posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`);
  const found: { id: string; type: string; target: string }[] = [];
  if (!zip.has(relsPath)) return found;
  await scan(zip, relsPath, {
    open(name, { Id, Type, Target, TargetMode }) {
      if (name !== 'Relationship' || !Target || TargetMode === 'External') return;
      const target = Target.startsWith('/') ? Target.slice(1) : posix.normalize(posix.join(posix.dirname(path), Target));
      found.push({ id: Id, type: Type ?? '', target });
    },
  });
  return found;
}

/** Text runs (<t>) of a string, leaving out phonetic guides (<rPh>), as Excel shows it. */
function textCollector() {
  let text: string | undefined;
  let phonetic = false;
  return {
    open(name: string) {
      if (name === 'rPh') phonetic = true;
      if (name === 't' && !phonetic) text ??= '';
    },
    close(name: string) {
      if (name === 'rPh') phonetic = false;
    },
    collecting: (name: string) => name === 't' && !phonetic,
    add(piece: string) {
      text = (text ?? '') + piece;
      if (text.length > LIMITS.cellChars * 2) throw new SpreadsheetError('cell-too-long');
    },
    take() {
      const taken = text ?? '';
      text = undefined;
      return taken;
    },
  };
}

/** The file's table of strings, which cells point to by number; held whole, within the limits on cells and characters. */
async function sharedStrings(zip: Unzip, path: string | undefined) {
  const strings: string[] = [];
  if (!path || !zip.has(path)) return strings;
  const text = textCollector();
  let inside = '';
  let chars = 0;
  await scan(zip, path, {
    open(name) {
      text.open(name);
      inside = name;
    },
    close(name) {
      text.close(name);
      inside = '';
      if (name !== 'si') return;
      const string = text.take();
      if ((chars += string.length) > LIMITS.textChars) throw new SpreadsheetError('too-much-data');
      if (strings.push(string) > LIMITS.cells) throw new SpreadsheetError('too-many-cells');
    },
    text(piece) {
      if (text.collecting(inside)) text.add(piece);
    },
  });
  return strings;
}

/** Excel's own formats that show a date or a time (ids 14–22, 27–36, 45–47, 50–58). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** A format code shows a date when, outside quoted text and [brackets], it has a day, month, year, hour or second. */
const isDateFormat = (code: string) => /[ymdhsb]/i.test(code.replace(/\[[^\]]*]|"[^"]*"/g, ''));

/** Which cell styles (indexes into cellXfs) show a number as a date. */
async function dateStyleIndexes(zip: Unzip, path: string | undefined) {
  const dates = new Set<number>();
  if (!path || !zip.has(path)) return dates;
  const customDates = new Set<number>();
  let inCellXfs = false;
  let index = 0;
  await scan(zip, path, {
    open(name, attributes) {
      const format = Number(attributes.numFmtId);
      if (name === 'numFmt' && isDateFormat(attributes.formatCode ?? '')) customDates.add(format);
      if (name === 'cellXfs') inCellXfs = true;
      if (name === 'xf' && inCellXfs && (BUILT_IN_DATE_FORMATS.has(format) || customDates.has(format))) dates.add(index);
      if (name === 'xf' && inCellXfs) index++;
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dates;
}

interface Cell {
  type: string;
  style: number;
  value: string;
  inline: string;
}

function cellText({ type, style, value, inline }: Cell, strings: string[], dateStyles: Set<number>, date1904: boolean): string {
  if (type === 's') return strings[Number(value)] ?? '';
  if (type === 'inlineStr') return inline;
  if (type === 'str') return value;
  if (type === 'e') return '';
  if (type === 'b') return value === '1' || value === 'true' ? 'true' : 'false';
  if (type === 'd') return isoDay(new Date(value)) ?? value;
  if (value.trim() === '') return '';
  const number = Number(value);
  if (dateStyles.has(style)) return isoDay(new Date(Math.round((number - 25569 + (date1904 ? 1462 : 0)) * 86_400_000))) ?? value;
  return Number.isFinite(number) ? String(number) : value;
}

const isoDay = (date: Date) => (Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10));

const columnIndex = (letters: string) => [...letters.toUpperCase()].reduce((index, letter) => index * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** Follows a sheet's rows and cells, handing each cell's text to the table at its place (from its reference, or next to the one before). */
function sheetReader(table: BoundedTable, textOf: (cell: Cell) => string): Partial<XmlHandler> {
  let row = -1;
  let column = -1;
  let place = { row: 0, column: 0 };
  let cell: Cell | undefined;
  let inside = '';
  const inline = textCollector();
  return {
    open(name, attributes) {
      inside = name;
      if (name === 'row') {
        row = attributes.r ? Number(attributes.r) - 1 : row + 1;
        column = -1;
      } else if (name === 'c') {
        const [, letters, digits] = /^([A-Za-z]{1,4})?(\d*)/.exec(attributes.r ?? '')!;
        column = letters ? columnIndex(letters) : column + 1;
        place = { row: digits ? Number(digits) - 1 : row, column };
        cell = { type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '', inline: '' };
      } else if (cell) inline.open(name);
    },
    close(name) {
      inside = '';
      if (name === 'c' && cell) {
        cell.inline = inline.take();
        table.set(place.row, place.column, textOf(cell));
        cell = undefined;
      } else if (cell) inline.close(name);
    },
    text(piece) {
      if (!cell) return;
      if (inside === 'v') {
        cell.value += piece;
        if (cell.value.length > LIMITS.cellChars * 2) throw new SpreadsheetError('cell-too-long');
      } else if (inline.collecting(inside)) inline.add(piece);
    },
  };
}
