import { describe, expect, it } from 'vitest';
import { everyWeekday, hoursOn, storedHours, weekdayOf, weeklyHours, type WeekdayHours } from '@/lib/booking/weekday-hours';

const usual = { opensAt: '07:30', closesAt: '22:00' };
const sundayMorning = { opensAt: '07:30', closesAt: '11:30' };
const week: WeekdayHours = { '0': sundayMorning, '1': usual, '2': usual, '3': usual, '4': usual, '5': usual, '6': null };

describe('a help point\'s hours by weekday', () => {
  it('reads the weekday from the calendar date alone', () => {
    expect(['2026-11-28', '2026-11-29', '2026-11-30', '2027-01-01'].map(weekdayOf)).toEqual(['6', '0', '1', '5']);
  });

  it('are the same every day without weekday hours, and that day\'s hours or none with them', () => {
    expect(hoursOn({ ...usual, weekdayHours: null }, '2026-11-28')).toEqual(usual);
    expect(hoursOn({ ...usual, weekdayHours: week }, '2026-11-28')).toBeNull();
    expect(hoursOn({ ...usual, weekdayHours: week }, '2026-11-29')).toEqual(sundayMorning);
    expect(everyWeekday(usual)).toEqual({ '0': usual, '1': usual, '2': usual, '3': usual, '4': usual, '5': usual, '6': usual });
  });

  it('read as a notice board says them: Monday first, days with the same hours together', () => {
    expect(weeklyHours({ ...usual, weekdayHours: week })).toEqual([
      { from: '1', to: '5', hours: usual },
      { from: '6', to: '6', hours: null },
      { from: '0', to: '0', hours: sundayMorning },
    ]);
    expect(weeklyHours(usual)).toEqual([{ from: '1', to: '0', hours: usual }]);
  });

  it('are stored as no weekday hours when every day is the same, with opensAt–closesAt spanning the open days', () => {
    expect(storedHours(everyWeekday(usual))).toEqual({ ...usual, weekdayHours: null });
    const lateSunday = { ...week, '0': { opensAt: '05:00', closesAt: '23:00' } };
    expect(storedHours(lateSunday)).toEqual({ opensAt: '05:00', closesAt: '23:00', weekdayHours: lateSunday });
    expect(storedHours(week)).toEqual({ ...usual, weekdayHours: week });
  });
});
