import { describe, expect, it } from 'vitest';
import { parsePopulationSheet } from '@/lib/campaign/population-import';

const hamlets = [
  { id: 1, name: 'Khu phố 5', code: 'dong-son-kp5' },
  { id: 2, name: 'Khu phố Điền Lư', code: 'dong-son-dien-lu' },
];
const labels = {
  official: ['Cán bộ, công chức, đảng viên, giáo viên'],
  'youth-union': ['Đoàn viên thanh niên'],
  'mass-organisation': ['Hội viên đoàn thể'],
  student: ['Học sinh từ 14 tuổi'],
  'other-citizen': ['Người dân khác', 'Other citizens'],
};

describe('reading a population spreadsheet', () => {
  it('reads one row per hamlet and group, by hamlet name or code, without caring for case or diacritics', () => {
    const result = parsePopulationSheet(
      { header: ['Khu phố', 'Đối tượng', 'Số người'], rows: [['khu pho 5', 'Đoàn viên thanh niên', '120'], ['dong-son-dien-lu', 'other-citizen', '1.250']] },
      hamlets,
      labels,
    );
    expect(result).toEqual({
      ok: true,
      entries: [
        { row: 2, hamletId: 1, group: 'youth-union', people: 120 },
        { row: 3, hamletId: 2, group: 'other-citizen', people: 1250 },
      ],
    });
  });

  it('reads one column per group, leaving blank cells alone', () => {
    const result = parsePopulationSheet({ header: ['Hamlet', 'Học sinh từ 14 tuổi', 'Other citizens'], rows: [['Khu phố 5', '80', ''], [], ['Khu phố Điền Lư', '90', '700']] }, hamlets, labels);
    expect(result.ok && result.entries).toEqual([
      { row: 2, hamletId: 1, group: 'student', people: 80 },
      { row: 4, hamletId: 2, group: 'student', people: 90 },
      { row: 4, hamletId: 2, group: 'other-citizen', people: 700 },
    ]);
  });

  it('names every bad row by its number in the file and why, and gives no entries', () => {
    const result = parsePopulationSheet(
      {
        header: ['Khu phố', 'Đối tượng', 'Số người'],
        rows: [['Khu phố 9', 'student', '1'], ['Khu phố 5', 'tourists', '1'], ['Khu phố 5', 'student', '-3'], ['Khu phố 5', 'student', '4'], ['KHU PHỐ 5', 'Học sinh từ 14 tuổi', '5']],
      },
      hamlets,
      labels,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 2, reason: 'unknownHamlet', value: 'Khu phố 9' },
        { row: 3, reason: 'unknownGroup', value: 'tourists' },
        { row: 4, reason: 'badNumber', value: '-3' },
        { row: 6, reason: 'duplicate', value: 'Học sinh từ 14 tuổi', first: 5 },
      ],
    });
  });

  it('says when the header has no hamlet column or nothing to count', () => {
    expect(parsePopulationSheet({ header: ['Tên', 'Số người'], rows: [['x', '1']] }, hamlets, labels)).toEqual({ ok: false, problems: [{ reason: 'noHamletColumn' }] });
    expect(parsePopulationSheet({ header: ['Khu phố', 'Ghi chú'], rows: [['Khu phố 5', '1']] }, hamlets, labels)).toEqual({ ok: false, problems: [{ reason: 'noPeopleColumns' }] });
  });

  it('reads how many were at level 2 before the campaign from its own column, a blank cell keeping the number stored', () => {
    const result = parsePopulationSheet(
      { header: ['Khu phố', 'Đối tượng', 'Số người', 'Mức 2 trước chiến dịch'], rows: [['Khu phố 5', 'student', '80', '12'], ['Khu phố 5', 'other-citizen', '1.250', '']] },
      hamlets,
      labels,
    );
    expect(result.ok && result.entries).toEqual([
      { row: 2, hamletId: 1, group: 'student', people: 80, level2Before: 12 },
      { row: 3, hamletId: 1, group: 'other-citizen', people: 1250 },
    ]);
  });

  it('reads a level 2 column per group, named by the group then "mức 2"', () => {
    const result = parsePopulationSheet(
      { header: ['Khu phố', 'Người dân khác', 'Người dân khác - mức 2', 'Học sinh từ 14 tuổi', 'student (level 2 before)'], rows: [['Khu phố Điền Lư', '700', '300', '90', '0']] },
      hamlets,
      labels,
    );
    expect(result.ok && result.entries).toEqual([
      { row: 2, hamletId: 2, group: 'other-citizen', people: 700, level2Before: 300 },
      { row: 2, hamletId: 2, group: 'student', people: 90, level2Before: 0 },
    ]);
  });

  it('refuses, by row, a level 2 number that is not a number, has no population beside it, or outnumbers the population', () => {
    const result = parsePopulationSheet(
      { header: ['Khu phố', 'Người dân khác', 'Người dân khác mức 2'], rows: [['Khu phố 5', '100', 'nhiều'], ['Khu phố Điền Lư', '', '5'], ['KP5', '', ''], ['dong-son-kp5', '100', '101']] },
      [...hamlets, { id: 3, name: 'KP5', code: 'kp5' }],
      labels,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { row: 2, reason: 'badLevel2', value: 'nhiều' },
        { row: 3, reason: 'level2WithoutPeople', value: '5' },
        { row: 5, reason: 'level2AbovePeople', value: '101' },
      ],
    });
  });
});
