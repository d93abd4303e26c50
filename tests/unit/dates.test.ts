import { describe, expect, it } from 'vitest';
import { formatDate, formatWhen } from '@/lib/dates';

const nineTenInHanoi = new Date('2026-12-03T02:10:00Z');

describe('dates people read', () => {
  it('put the day before the month in English, with a 24-hour time', () => {
    expect(formatWhen(nineTenInHanoi, 'en')).toBe('Thursday 3 December 2026, 09:10');
    expect(formatWhen(new Date('2026-12-03T13:30:00Z'), 'en', 'dayShort')).toBe('Thu 3 Dec, 20:30');
  });

  it('read as Vietnamese write them', () => {
    expect(formatWhen(nineTenInHanoi, 'vi')).toBe('Thứ Năm, 3/12/2026, 09:10');
    expect(formatDate('2026-12-03', 'vi', 'day')).toBe('Thứ Năm, 3/12');
    expect(formatDate('2026-12-03', 'en', 'date')).toBe('3 December 2026');
  });

  it('are Vietnamese dates, whatever the server clock says', () => {
    // 23:30 in UTC on 2 December is already 3 December in Vietnam.
    expect(formatDate(new Date('2026-12-02T23:30:00Z'), 'en', 'day')).toBe('Thursday 3 December');
  });
});
