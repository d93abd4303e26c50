import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv';

describe('CSV export', () => {
  it('starts with a byte order mark and quotes what needs quoting', () => {
    expect(toCsv([['Họ tên', 'Ghi chú'], ['Nguyễn Văn "Ba"', 'a,b\nc']])).toBe('\uFEFFHọ tên,Ghi chú\r\n"Nguyễn Văn ""Ba""","a,b\nc"\r\n');
  });

  it('never lets a cell run as a spreadsheet formula', () => {
    expect(toCsv([['=HYPERLINK("http://evil")', '+1', '-2', '@SUM(A1)']])).toBe(`\uFEFF"'=HYPERLINK(""http://evil"")","'+1","'-2","'@SUM(A1)"\r\n`);
  });

  it('writes empty cells for missing values', () => {
    expect(toCsv([[null, undefined, 0]])).toBe('\uFEFF,,0\r\n');
  });
});
