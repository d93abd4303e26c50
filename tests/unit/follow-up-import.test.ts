import { describe, expect, it } from 'vitest';
import { hamletMatcher } from '@/lib/campaign/hamlet-match';
import { columnMappingSchema, guessColumns, mapRows, unusedColumns } from '@/lib/campaign/import-columns';
import { birthYearOf, checkRows } from '@/lib/campaign/import-rows';
import { idNumberDigits, maskedId } from '@/lib/campaign/person-key';
import { isLevel2 } from '@/lib/campaign/police-status';

const HAMLETS = [
  { id: 5, code: 'dong-son-kp5', name: 'Khu phố 5' },
  { id: 7, code: 'dong-son-kp7', name: 'Khu phố 7' },
  { id: 20, code: 'ha-vinh-demo-1', name: 'Thôn Demo 1 (Hà Vinh cũ)' },
  { id: 30, code: 'a-dong', name: 'Khu phố Đông' },
  { id: 31, code: 'b-dong', name: 'Thôn Đông' },
];

describe('guessing columns from the header', () => {
  it('reads the headers police lists use, with or without diacritics', () => {
    expect(guessColumns(['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Địa chỉ', 'Số điện thoại'])).toEqual({ fullName: 1, birthYear: 2, idNumber: 3, address: 4, phone: 5 });
    expect(guessColumns(['Họ và tên', 'Khu phố', 'Nơi thường trú'])).toEqual({ fullName: 0, hamlet: 1, address: 2 });
    expect(guessColumns(['ho ten', 'nam sinh', 'thon', 'sdt', 'so dinh danh'])).toEqual({ fullName: 0, birthYear: 1, hamlet: 2, phone: 3, idNumber: 4 });
    expect(guessColumns(['HỌ VÀ TÊN', 'KHU PHỐ'])).toEqual({ fullName: 0, hamlet: 1 });
  });

  it('reads a status column under the names police lists give it, and not the ID number\'s "số định danh"', () => {
    for (const status of ['Trạng thái', 'Tình trạng', 'Mức độ định danh', 'Mức định danh', 'Trạng thái VNeID', 'status']) {
      expect(guessColumns(['Họ và tên', 'Số định danh', status]), status).toEqual({ fullName: 0, idNumber: 1, status: 2 });
    }
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

  it('names every column no field uses, so none is ignored without a word', () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Khu phố', 'Ghi chú', ''];
    expect(unusedColumns(header, guessColumns(header))).toEqual([0, 4, 5]);
    expect(unusedColumns(header, { fullName: 1, birthYear: 2, hamlet: 3, phone: 0, idNumber: 4, status: 5 })).toEqual([]);
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
    expect(people).toEqual([{ row: 2, fullName: 'Nguyễn Thị Hường', birthYear: 1990, hamletId: 7, address: '', phone: '+84912345678', idNumber: '038190000011', level2: false }]);
  });

  it('keeps the address, and finds the khu phố in it when the list has no khu phố column', () => {
    const { people, reports } = checkRows([{ fullName: 'Lê Văn Tư', address: '  Khu phố 7,  số 12 ngõ 3 ' }, { fullName: 'Lê Văn Năm', address: 'x'.repeat(201) }], find, 2026);
    expect(people).toMatchObject([{ row: 2, hamletId: 7, address: 'Khu phố 7, số 12 ngõ 3' }]);
    expect(reports).toEqual([{ row: 3, problems: ['address-too-long', 'hamlet-not-found'] }]);
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
    for (const t of ['1985', '1985-03-02', '02/03/1985', '2.3.1985', '2-3-1985']) expect(birthYearOf(t, 2026), t).toEqual({ year: 1985 });
    expect(birthYearOf('29/02/1988', 2026)).toEqual({ year: 1988 });
    for (const t of ['85', '1899', '2030', 'abc', '1985/03/02']) expect(birthYearOf(t, 2026), t).toEqual({ problem: 'year-invalid' });
  });

  it('refuses a date of birth that is not a real day, by its row, like the other bad rows', () => {
    for (const t of ['31/02/1990', '1990-02-31', '29/02/1990', '31.04.1990', '00/01/1990', '15/13/1990']) expect(birthYearOf(t, 2026), t).toEqual({ problem: 'date-invalid' });
    const { reports } = checkRows([{ fullName: 'Lê Thị Ngày', birthYear: '31/02/1990', hamlet: 'KP5' }, { fullName: 'Lê Thị Đúng', birthYear: '28/02/1990', hamlet: 'KP5' }], find, 2026);
    expect(reports).toEqual([{ row: 2, problems: ['date-invalid'] }]);
  });

  it('keeps what the status column says, and refuses a status it cannot read', () => {
    const row = (status: string, fullName = 'Lê Văn Mức') => ({ fullName, hamlet: 'KP5', status });
    const { people, reports } = checkRows([row('Mức 2'), row('chưa kích hoạt', 'Lê Văn Chưa'), row('đã kích hoạt một nửa', 'Lê Văn Lạ')], find, 2026);
    expect(people.map((p) => p.level2)).toEqual([true, false]);
    expect(reports).toEqual([{ row: 4, problems: ['status-invalid'] }]);
  });
});

describe('status values', () => {
  it('read as level 2 in any case, with or without diacritics', () => {
    for (const text of ['Mức 2', 'mức 2', 'MUC 2', 'Đã kích hoạt mức 2', 'da kich hoat muc 2', 'Đã kích hoạt', 'ĐÃ KÍCH HOẠT', 'Level 2', 'level2', '2', ' Mức độ 2 ', 'Đã kích hoạt tài khoản mức 2']) {
      expect(isLevel2(text), text).toBe(true);
    }
  });

  it('read as not yet for "chưa kích hoạt", "đã duyệt", level 1 or blank', () => {
    for (const text of ['Chưa kích hoạt', 'chua kich hoat', 'Đã duyệt', 'DA DUYET', 'Mức 1', 'muc 1', 'Đã kích hoạt mức 1', '1', '', '  ', 'Chưa kích hoạt mức 2']) {
      expect(isLevel2(text), text).toBe(false);
    }
  });

  it('are unknown for anything else', () => {
    for (const text of ['Mức 3', 'có', 'x', 'kích hoạt lại', '12']) expect(isLevel2(text), text).toBeNull();
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
