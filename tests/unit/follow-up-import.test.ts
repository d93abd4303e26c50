import { describe, expect, it } from 'vitest';
import { hamletMatcher } from '@/lib/campaign/hamlet-match';
import { columnMappingSchema, guessColumns, mapRows } from '@/lib/campaign/import-columns';
import { birthYearOf, checkRows } from '@/lib/campaign/import-rows';
import { idNumberDigits, maskedId } from '@/lib/campaign/person-key';

const HAMLETS = [
  { id: 5, code: 'dong-son-kp5', name: 'Khu phố 5' },
  { id: 7, code: 'dong-son-kp7', name: 'Khu phố 7' },
  { id: 20, code: 'ha-vinh-demo-1', name: 'Thôn Demo 1 (Hà Vinh cũ)' },
  { id: 30, code: 'a-dong', name: 'Khu phố Đông' },
  { id: 31, code: 'b-dong', name: 'Thôn Đông' },
];

describe('guessing columns from the header', () => {
  it('reads the headers police lists use, with or without diacritics', () => {
    expect(guessColumns(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Địa chỉ', 'Số điện thoại'])).toEqual({ fullName: 1, birthYear: 2, idNumber: 3, hamlet: 4, phone: 5 });
    expect(guessColumns(['ho ten', 'nam sinh', 'thon', 'sdt', 'so dinh danh'])).toEqual({ fullName: 0, birthYear: 1, hamlet: 2, phone: 3, idNumber: 4 });
    expect(guessColumns(['HỌ VÀ TÊN', 'KHU PHỐ'])).toEqual({ fullName: 0, hamlet: 1 });
  });

  it('leaves a field unmapped when no header names it', () => {
    expect(guessColumns(['Cột A', 'Cột B'])).toEqual({});
  });

  it('reads a posted mapping, blank for a field not in the file', () => {
    expect(columnMappingSchema.parse({ fullName: '1', birthYear: '', hamlet: '0', phone: undefined, idNumber: '3' })).toEqual({ fullName: 1, hamlet: 0, idNumber: 3 });
    expect(columnMappingSchema.safeParse({ fullName: '-1' }).success).toBe(false);
  });

  it('maps rows to fields by the chosen columns', () => {
    expect(mapRows([['a', 'b', 'c']], { fullName: 2, hamlet: 0 })).toEqual([{ fullName: 'c', hamlet: 'a' }]);
  });
});

describe('finding hamlets as lists write them', () => {
  const find = hamletMatcher(HAMLETS);
  it('by code, name, abbreviation or the start of an address', () => {
    for (const text of ['KP5', 'kp.5', 'Khu phố 5', 'khu pho 5', 'KHU PHỐ 5', 'dong-son-kp5', '5', 'Khu phố 5, phường Bỉm Sơn', 'Số 12, KP 5']) expect(find(text), text).toEqual({ id: 5 });
    expect(find('Thôn Demo 1 (Hà Vinh cũ)')).toEqual({ id: 20 });
  });

  it('refuses a name it does not know, or one two hamlets share', () => {
    expect(find('Khu phố 99')).toEqual({ problem: 'hamlet-not-found' });
    expect(find('Đông')).toEqual({ problem: 'hamlet-ambiguous' });
    expect(find('Thôn Đông')).toEqual({ id: 31 });
  });
});

describe('checking rows', () => {
  const find = hamletMatcher(HAMLETS);
  it('keeps good rows as they will be stored, in NFC, with the phone in one form', () => {
    const { people, reports } = checkRows([{ fullName: '  Nguyễn   Thị Hường '.normalize('NFD'), birthYear: '04/05/1990', hamlet: 'KP7', phone: '0912 345 678', idNumber: '038 190 000 011' }], find, 2026);
    expect(reports).toEqual([]);
    expect(people).toEqual([{ row: 2, fullName: 'Nguyễn Thị Hường', birthYear: 1990, hamletId: 7, phone: '+84912345678', idNumber: '038190000011' }]);
  });

  it('names each bad row by its row in the file, with every problem, and skips blank rows', () => {
    const { reports } = checkRows(
      [{ fullName: 'A', hamlet: '' }, { fullName: '', hamlet: '' }, { fullName: 'Lê Văn B', hamlet: 'KP5', birthYear: '2090', phone: '12345' }],
      find,
      2026,
    );
    expect(reports).toEqual([
      { row: 2, problems: ['name-missing', 'hamlet-missing'] },
      { row: 4, problems: ['year-invalid', 'phone-invalid'] },
    ]);
  });

  it('refuses a person listed twice', () => {
    const twice = { fullName: 'Lê Văn C', birthYear: '1970', hamlet: 'KP5' };
    expect(checkRows([twice, twice], find, 2026).reports).toEqual([{ row: 3, problems: ['person-duplicate'] }]);
  });

  it('reads a year of birth from a year or a date', () => {
    expect(['1985', '1985-03-02', '02/03/1985', '2.3.1985', '2-3-1985'].map((t) => birthYearOf(t, 2026))).toEqual([1985, 1985, 1985, 1985, 1985]);
    expect(['85', '1899', '2030', 'abc', '1985/03/02'].map((t) => birthYearOf(t, 2026))).toEqual([null, null, null, null, null]);
  });
});

describe('ID numbers', () => {
  it('accept 12-digit chip cards and 9-digit old cards, typed with spaces or dots', () => {
    expect(idNumberDigits('038 090 000 123')).toBe('038090000123');
    expect(idNumberDigits('171.234.567')).toBe('171234567');
    expect(idNumberDigits('12345')).toBeNull();
    expect(idNumberDigits('03809000012A')).toBeNull();
  });

  it('show only their last three digits', () => {
    expect(maskedId('038090000123')).toBe('•••••••••123');
  });
});
