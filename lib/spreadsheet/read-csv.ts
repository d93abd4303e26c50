import { BoundedTable } from './bounded-table';
import { SpreadsheetError } from './limits';

/**
 * RFC 4180 CSV, kept within the limits (see BoundedTable); the delimiter is
 * whichever of comma and semicolon the header line holds more of (Excel in
 * Vietnamese locales saves with either).
 */
export function readCsv(bytes: Uint8Array): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpreadsheetError('unreadable');
  }
  text = text.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const table = new BoundedTable();
  let row = 0;
  let column = 0;
  let cell = '';
  let quoted = false;
  const endCell = () => {
    table.set(row, column++, cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endCell();
      row++;
      column = 0;
    } else cell += char;
  }
  if (quoted) throw new SpreadsheetError('unreadable');
  endCell();
  return table.table();
}
