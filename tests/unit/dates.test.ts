import { describe, expect, it } from 'vitest';
import { dayField, dayFromQuery, formatDate, formatWhen, isDay, isInstant } from '@/lib/dates';

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

  it('write a Vietnamese weekday out one way everywhere, as the opening hours do', () => {
    expect(formatWhen(nineTenInHanoi, 'vi', 'dayShort')).toBe('Thứ Năm, 3/12, 09:10');
    expect(formatDate('2026-12-01', 'vi', 'dayShort')).toBe('Thứ Ba, 1/12');
    expect(formatDate('2026-12-06', 'vi', 'day')).toBe('Chủ nhật, 6/12');
    expect(formatDate('2026-12-06', 'vi')).toBe('Chủ nhật, 6/12/2026');
  });

  it('are Vietnamese dates, whatever the server clock says', () => {
    // 23:30 in UTC on 2 December is already 3 December in Vietnam.
    expect(formatDate(new Date('2026-12-02T23:30:00Z'), 'en', 'day')).toBe('Thursday 3 December');
  });
});

describe('the one rule for a date sent to the app', () => {
  it('takes a real day written YYYY-MM-DD from 2000 to 2100', () => {
    for (const day of ['2026-11-26', '2028-02-29', '2000-01-01', '2100-12-31']) expect(isDay(day), day).toBe(true);
  });

  it('refuses impossible days, other forms and years out of range', () => {
    const bad = ['2026-02-30', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '0000-01-01', '0001-01-01', '1999-12-31', '2101-01-01', '9999-12-31', '26-11-2026', '2026-1-1', '+02026-01-01', '2026-11-26T00:00:00Z', ' 2026-11-26', '2026-11-26\u0000', '', undefined, 20261126];
    for (const day of bad) expect(isDay(day), String(day)).toBe(false);
  });

  it('holds instants to the same years, by their Vietnamese date', () => {
    expect(isInstant('2026-11-26T00:30:00.000Z')).toBe(true);
    expect(isInstant('2026-11-26T07:30:00+07:00')).toBe(true);
    for (const bad of ['0000-01-01T00:00:00Z', '0001-01-01T00:30:00.000Z', '9999-12-31T23:59:59Z', '2026-02-30T00:30:00Z', '2026-11-26', '2026-11-26T00:30:00', 'NaN', null]) expect(isInstant(bad), String(bad)).toBe(false);
  });

  it('gives schemas and pages the same rule', () => {
    expect(dayField('date').safeParse('2026-02-30').error?.issues[0].message).toBe('date');
    expect(dayField('date').parse(' 2026-11-26 ')).toBe('2026-11-26');
    expect(dayFromQuery(undefined)).toEqual({ day: undefined, bad: false });
    expect(dayFromQuery('2026-11-26')).toEqual({ day: '2026-11-26', bad: false });
    expect(dayFromQuery('0001-01-01')).toEqual({ day: undefined, bad: true });
  });
});
