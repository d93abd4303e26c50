import ExcelJS from 'exceljs';
import { describe, expect, it, vi } from 'vitest';
import { SPREADSHEET_LIMITS } from '@/lib/spreadsheet/limits';
import { readSpreadsheet, SpreadsheetError } from '@/lib/spreadsheet/read';
import { bomb, HEADER_ROW, HOSTILE_SPREADSHEETS, sheetXml, xlsxOf } from '../hostile-spreadsheets';
import { xlsxStream } from '@/lib/spreadsheet/xlsx';

const bytesOf = async (stream: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(stream).arrayBuffer());
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('xlsxStream', () => {
  it('writes rows that read back as written, numbers as numbers', async () => {
    const file = await bytesOf(xlsxStream([{ name: 'Danh sách', rows: [['Họ và tên', 'Năm sinh'], ['Nguyễn Thị Hường', 1958]] }]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Danh sách')!;
    expect(sheet.getRow(2).values).toEqual([undefined, 'Nguyễn Thị Hường', 1958]);
  });

  it('never writes a formula: text that looks like one stays text, as typed, with no apostrophe', async () => {
    const names = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)'];
    const file = await bytesOf(xlsxStream([{ name: 'x', rows: async function* () { for (const name of names) yield [name]; }() }]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
    const cells = names.map((_, i) => workbook.worksheets[0].getRow(i + 1).getCell(1));
    expect(cells.map((cell) => cell.type)).toEqual(names.map(() => ExcelJS.ValueType.String));
    expect(cells.map((cell) => cell.value)).toEqual(names);
  });

  it('writes days as dates shown dd/mm/yyyy, shares as numbers shown as percentages, and gives columns widths', async () => {
    const rows = [['Ngày', 'Tỉ lệ', 'Số người'], [{ day: '2026-12-07' }, { percent: 34.5 }, 12], [{ day: '2000-02-29' }, { percent: null }, 0]];
    const file = await bytesOf(xlsxStream([{ name: 'x', rows }]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const [date, share, count] = [1, 2, 3].map((i) => sheet.getRow(2).getCell(i));
    expect(date.value).toEqual(new Date('2026-12-07T00:00:00Z'));
    expect(date.numFmt).toBe('dd/mm/yyyy');
    expect([share.value, share.numFmt]).toEqual([0.345, '0.0%']);
    expect(count.type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getRow(3).getCell(1).value).toEqual(new Date('2000-02-29T00:00:00Z'));
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(3).getCell(2).type).toBe(ExcelJS.ValueType.Null);
    expect(sheet.columns.map((column) => column.width)).toEqual([10, 10, 10]);
    const wide = new ExcelJS.Workbook();
    await wide.xlsx.load(Buffer.from(await bytesOf(xlsxStream([{ name: 'y', rows, widths: [30, 12] }]))) as unknown as ArrayBuffer);
    expect(wide.worksheets[0].columns.map((column) => column.width)).toEqual([30, 12, undefined]);
  });

  it('keeps the file readable when a cell holds characters XML cannot, and escapes markup', async () => {
    const file = await bytesOf(xlsxStream([{ name: 'a/b:c*', rows: [['Lê\u0000 Văn <b>&amp;</b> "A"']] }]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file) as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].name).toBe('a b c ');
    expect(workbook.worksheets[0].getRow(1).getCell(1).value).toBe('Lê Văn <b>&amp;</b> "A"');
  });
});

describe('readSpreadsheet', () => {
  it('reads an .xlsx file, keeping blank rows so row numbers stay the file’s', async () => {
    const file = await bytesOf(xlsxStream([{ name: 'a', rows: [['Họ tên', 'Năm sinh'], ['Lê Văn A', 1970], [], ['Trần B', '1980']] }]));
    const sheet = await readSpreadsheet(file, 'ds.XLSX');
    expect(sheet.header).toEqual(['Họ tên', 'Năm sinh']);
    expect(sheet.rows).toEqual([['Lê Văn A', '1970'], ['', ''], ['Trần B', '1980']]);
  });

  it('reads CSV with a byte order mark, semicolons, quotes and line breaks in cells', async () => {
    const sheet = await readSpreadsheet(utf8('\uFEFFHọ tên;Ghi chú\r\n"Phạm ""Tí""";"hai\ndòng"\r\nNgô C;x\r\n'), 'a.csv');
    expect(sheet.rows).toEqual([['Phạm "Tí"', 'hai\ndòng'], ['Ngô C', 'x']]);
  });

  it('stores decomposed Vietnamese as composed (NFC) and drops control characters', async () => {
    const sheet = await readSpreadsheet(utf8(`name\n${'Hường'.normalize('NFD')}\u0000\n`), 'a.csv');
    expect(sheet.rows[0][0]).toBe('Hường');
    expect(sheet.rows[0][0]).toBe('Hường'.normalize('NFC'));
  });

  it.each([
    ['a.pdf', utf8('x'), 'unsupported-type'],
    ['a.csv', utf8('only a header\n'), 'empty'],
    ['a.csv', new Uint8Array([0x48, 0xff, 0xfe, 0x0a, 0x41]), 'unreadable'],
    ['a.xlsx', utf8('not a zip file'), 'unreadable'],
  ])('refuses %s with a named problem', async (name, bytes, problem) => {
    await expect(readSpreadsheet(bytes, name)).rejects.toEqual(new SpreadsheetError(problem as never));
  });
});

const refusal = (problem: string) => new SpreadsheetError(problem as never);

describe('readSpreadsheet within its limits', () => {
  it('reads what a spreadsheet program writes: shared strings, rich text, dates, formulas’ results', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(['Họ và tên', 'Ngày sinh', 'Tuổi', 'Ghi chú', 'Đã kích hoạt']);
    sheet.addRow(['Nguyễn Thị Hường', new Date('1958-03-09T00:00:00Z'), { formula: '2026-1958', result: 68 }, { richText: [{ text: 'nhà ' }, { text: 'số 5', font: { bold: true } }] }, false]);
    sheet.getCell('B2').numFmt = 'dd/mm/yyyy';
    const file = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(await readSpreadsheet(file, 'ds.xlsx')).toEqual({
      header: ['Họ và tên', 'Ngày sinh', 'Tuổi', 'Ghi chú', 'Đã kích hoạt'],
      rows: [['Nguyễn Thị Hường', '1958-03-09', '68', 'nhà số 5', 'false']],
    });
  });

  it.each(HOSTILE_SPREADSHEETS)('refuses $name, a small file that crashed the server once expanded, as $problem', async ({ name, bytes, problem }) => {
    await expect(readSpreadsheet(bytes, name)).rejects.toEqual(refusal(problem));
  });

  it('keeps a sparse sheet’s far cells within the limits, and refuses one a row further', async () => {
    const last = SPREADSHEET_LIMITS.rows + 1;
    const sheet = await readSpreadsheet(xlsxOf(sheetXml(`${HEADER_ROW}<row r="${last}"><c r="AX${last}"><v>7</v></c></row>`)), 'ds.xlsx');
    expect(sheet.header).toHaveLength(SPREADSHEET_LIMITS.columns);
    expect(sheet.rows).toHaveLength(SPREADSHEET_LIMITS.rows);
    expect(sheet.rows.at(-1)?.at(-1)).toBe('7');
    const further = xlsxOf(sheetXml(`${HEADER_ROW}<row r="${last + 1}"><c r="A${last + 1}"><v>7</v></c></row>`));
    await expect(readSpreadsheet(further, 'ds.xlsx')).rejects.toEqual(refusal('too-many-rows'));
  });

  it('takes no room for empty cells, however far away they are', async () => {
    const sheet = await readSpreadsheet(xlsxOf(sheetXml(`${HEADER_ROW}<row r="2"><c r="A2"><v>1</v></c><c r="ZZ2" s="1"/></row><row r="900000"><c r="XFD900000"><v></v></c></row>`)), 'ds.xlsx');
    expect(sheet).toEqual({ header: ['Họ tên'], rows: [['1']] });
  });

  it('counts what all the parts inflate to together', async () => {
    const half = Math.ceil(SPREADSHEET_LIMITS.inflatedBytes / 1024 / 1024 / 2);
    const file = xlsxOf(bomb(`<worksheet><sheetData>${HEADER_ROW}`, half, '</sheetData></worksheet>'), {
      'xl/sharedStrings.xml': bomb('<sst><si><t>a</t></si>', half, '</sst>'),
    });
    await expect(readSpreadsheet(file, 'ds.xlsx')).rejects.toEqual(refusal('too-much-data'));
  });

  it.each([
    ['an inline string', xlsxOf(sheetXml(`${HEADER_ROW}<row r="2"><c r="A2" t="inlineStr"><is><t>${'x'.repeat(1024 * 1024)}</t></is></c></row>`))],
    ['a shared string', xlsxOf(sheetXml(HEADER_ROW), { 'xl/sharedStrings.xml': `<sst><si><t>${'x'.repeat(1024 * 1024)}</t></si></sst>` })],
  ])('refuses a cell of 1 MB in %s', async (_, file) => {
    await expect(readSpreadsheet(file, 'ds.xlsx')).rejects.toEqual(refusal('cell-too-long'));
  });

  it('reads a CSV whose lines end in 5,000 empty columns as the columns they fill', async () => {
    expect(await readSpreadsheet(utf8(`Họ tên${','.repeat(5000)}\nLê Văn A\n`.repeat(2)), 'a.csv')).toEqual({
      header: ['Họ tên'],
      rows: [['Lê Văn A'], ['Họ tên'], ['Lê Văn A']],
    });
  });

  it('refuses a CSV with too many rows, and a file over 5 MB', async () => {
    await expect(readSpreadsheet(utf8(`Họ tên\n${'a\n'.repeat(SPREADSHEET_LIMITS.rows + 1)}`), 'a.csv')).rejects.toEqual(refusal('too-many-rows'));
    await expect(readSpreadsheet(new Uint8Array(SPREADSHEET_LIMITS.fileBytes + 1), 'a.csv')).rejects.toEqual(refusal('too-large'));
  });

  it('refuses a file that breaks the reader some other way as unreadable, and says why in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const corrupt = xlsxOf(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    await expect(readSpreadsheet(corrupt, 'ds.xlsx')).rejects.toEqual(refusal('unreadable'));
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
    await expect(readSpreadsheet(xlsxOf(sheetXml(`${HEADER_ROW}<row r="2"><c r="A2"`)), 'ds.xlsx')).rejects.toEqual(refusal('unreadable'));
    await expect(readSpreadsheet(xlsxOf(`<!DOCTYPE x [<!ENTITY a "aaaa">]>${sheetXml(HEADER_ROW)}`), 'ds.xlsx')).rejects.toEqual(refusal('unreadable'));
  });
});
