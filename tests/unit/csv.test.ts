import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';

/** Cells of a citizen's self-report as the tester typed them. */
const HOSTILE = [
  '=HYPERLINK("http://evil","bấm")',
  '+84912345678',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  ' =1+1',
  'Nhà số 5; =cmd|"/c calc"!A1',
  'dòng 1\n=1+1',
  'dòng 1\r\n+1+1',
  'Hà Nội\t=1+1',
  'dòng 1\r-1',
  'a,-1;@x',
  'ghi "chú";"=1+1"',
];

/** Every piece a spreadsheet may take as a cell of its own: split on any separator or line break, ignoring quotes. */
const pieces = (csv: string) => csv.replace(/^\uFEFF/, '').split(/[,;\t\r\n]/);
const runsAsFormula = (piece: string) => /^[\s"]*[=+\-@]/.test(piece);

describe('CSV export', () => {
  it('starts with a byte order mark, quotes every cell and doubles the quotes in it', () => {
    expect(toCsv([['Họ tên', 'Ghi chú'], ['Nguyễn Văn "Ba"', 'a,b;c\nd']])).toBe('\uFEFF"Họ tên","Ghi chú"\r\n"Nguyễn Văn ""Ba""","a,b;c\nd"\r\n');
  });

  it('writes empty cells for missing values, numbers as they are', () => {
    expect(toCsv([[null, undefined, 0, 12]])).toBe('\uFEFF"","","0","12"\r\n');
  });

  it('puts an apostrophe before a formula at the start of a cell, also behind spaces or a tab', () => {
    expect(toCsv([['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)', ' =1+1', '\t=1+1']])).toBe(
      `\uFEFF"'=HYPERLINK(""http://evil"")","'+1","'-2","'@SUM(A1)"," '=1+1","\t'=1+1"\r\n`,
    );
  });

  it('puts an apostrophe before a formula after a ";", a comma, a tab or a line break inside a cell', () => {
    expect(toCsv([['Nhà số 5;=1+1', 'a, -1', 'dòng 1\n@x', 'dòng 1\r\n+1']])).toBe(`\uFEFF"Nhà số 5;'=1+1","a, '-1","dòng 1\n'@x","dòng 1\r\n'+1"\r\n`);
    // A tab separates cells when text is pasted or opened as tab-separated; a lone carriage return ends a line for older programs.
    expect(toCsv([['Hà Nội\t=1+1', 'dòng 1\r-1']])).toBe(`\uFEFF"Hà Nội\t'=1+1","dòng 1\r'-1"\r\n`);
  });

  it('leaves text that only holds those characters inside alone', () => {
    expect(toCsv([['Nguyễn Văn A - B', 'x=1', 'a@b.vn']])).toBe('\uFEFF"Nguyễn Văn A - B","x=1","a@b.vn"\r\n');
  });

  it('has no piece that runs as a formula, however a spreadsheet splits the line', () => {
    expect(pieces(HOSTILE.join(';')).filter(runsAsFormula)).not.toEqual([]);
    expect(pieces(toCsv([HOSTILE, ['Họ và tên', ...HOSTILE]])).filter(runsAsFormula)).toEqual([]);
  });
});
