import { afterEach, describe, expect, it } from 'vitest';
import type { WeekdayHours } from '@/lib/booking/weekday-hours';
import { isBookable, isOpenOn, isSlotStart, nextOpenDay, slotStarts, slotTimes, type SlotRules } from '@/lib/slots';
import { addDays, localDate, localTime, toInstant } from '@/lib/time';

const rules: SlotRules = {
  opensAt: '07:30',
  closesAt: '22:00',
  slotMinutes: 20,
  seatsPerSlot: 3,
  campaignStart: '2026-11-20',
  campaignEnd: '2026-12-31',
  closedDays: ['2026-12-24'],
};

describe('Vietnamese time', () => {
  it('converts wall-clock times at +07:00 whatever the server TZ', () => {
    expect(toInstant('2026-11-25', '07:30').toISOString()).toBe('2026-11-25T00:30:00.000Z');
    expect(localDate(new Date('2026-11-25T17:30:00Z'))).toBe('2026-11-26');
    expect(localTime(new Date('2026-11-25T17:30:00Z'))).toBe('00:30');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('slots of a help point', () => {
  it('run from 07:30 to 22:00 in 20-minute slots, none running past closing time', () => {
    const starts = slotStarts(rules, '2026-11-28');
    expect(starts).toHaveLength(43);
    expect(localTime(starts[0])).toBe('07:30');
    expect(localTime(starts.at(-1)!)).toBe('21:30');
  });

  it('are open on weekends but not on closed days or outside the campaign', () => {
    expect(slotStarts(rules, '2026-11-29')).not.toHaveLength(0);
    expect(slotStarts(rules, '2026-12-24')).toEqual([]);
    expect(slotStarts(rules, '2026-11-19')).toEqual([]);
    expect(slotStarts(rules, '2027-01-01')).toEqual([]);
  });

  it('recognise their own starts only', () => {
    expect(isSlotStart(rules, toInstant('2026-11-28', '08:10'))).toBe(true);
    expect(isSlotStart(rules, toInstant('2026-11-28', '08:15'))).toBe(false);
    expect(isSlotStart(rules, toInstant('2026-11-28', '21:50'))).toBe(false);
  });

  it('stop taking bookings the cut-off before they start', () => {
    const start = toInstant('2026-11-28', '08:00');
    expect(isBookable(start, toInstant('2026-11-28', '06:59'), 60)).toBe(true);
    expect(isBookable(start, toInstant('2026-11-28', '07:01'), 60)).toBe(false);
    expect(isBookable(start, toInstant('2026-11-28', '08:10'), 0)).toBe(false);
  });
});

describe('the first open day', () => {
  it('skips closed days and waits for the campaign to start', () => {
    expect(nextOpenDay(rules, '2026-12-24')).toBe('2026-12-25');
    expect(nextOpenDay(rules, '2026-11-01')).toBe('2026-11-20');
  });

  it('is none once the campaign is over', () => {
    expect(nextOpenDay(rules, '2027-01-01')).toBeUndefined();
  });
});

const usual = { opensAt: '07:30', closesAt: '22:00' };
// Sunday morning only, closed on Saturday, the usual hours on weekdays.
const weekdayHours: WeekdayHours = { '0': { opensAt: '07:30', closesAt: '11:30' }, '1': usual, '2': usual, '3': usual, '4': usual, '5': usual, '6': null };
const byWeekday: SlotRules = { ...rules, weekdayHours };
const SATURDAY = '2026-11-28';
const SUNDAY = '2026-11-29';
const MONDAY = '2026-11-30';

describe('hours that differ by weekday', () => {
  it('give Sunday its morning only, Saturday nothing, and a weekday its usual hours', () => {
    const sunday = slotTimes(byWeekday, SUNDAY).map((s) => s.time);
    expect(sunday[0]).toBe('07:30');
    expect(sunday.at(-1)).toBe('11:10');
    expect(sunday).toHaveLength(12);
    expect(slotStarts(byWeekday, SATURDAY)).toEqual([]);
    expect(slotStarts(byWeekday, MONDAY)).toHaveLength(43);
  });

  it('make a closed weekday a closed day, and a Sunday afternoon no slot at all', () => {
    expect(isOpenOn(byWeekday, SATURDAY)).toBe(false);
    expect(isSlotStart(byWeekday, toInstant(SATURDAY, '08:10'))).toBe(false);
    expect(isSlotStart(byWeekday, toInstant(SUNDAY, '08:10'))).toBe(true);
    expect(isSlotStart(byWeekday, toInstant(SUNDAY, '14:10'))).toBe(false);
    expect(nextOpenDay(byWeekday, SATURDAY)).toBe(SUNDAY);
  });

  it('keep the campaign\'s closed days closed whatever the weekday', () => {
    expect(slotStarts({ ...byWeekday, closedDays: [SUNDAY] }, SUNDAY)).toEqual([]);
  });
});

describe('weekdays, whatever the server\'s time zone', () => {
  const serverZone = process.env.TZ;
  afterEach(() => {
    if (serverZone === undefined) delete process.env.TZ;
    else process.env.TZ = serverZone;
  });

  it('are the Vietnamese weekdays on a server west of UTC, at UTC and east of Vietnam', () => {
    const sundayStarts = slotStarts(byWeekday, SUNDAY).map((start) => start.toISOString());
    for (const zone of ['America/Los_Angeles', 'UTC', 'Pacific/Kiritimati']) {
      process.env.TZ = zone;
      expect(slotStarts(byWeekday, SUNDAY).map((start) => start.toISOString())).toEqual(sundayStarts);
      expect(slotStarts(byWeekday, SATURDAY)).toEqual([]);
      expect(isSlotStart(byWeekday, toInstant(SUNDAY, '07:30'))).toBe(true);
      expect(localTime(toInstant(SUNDAY, '07:30'))).toBe('07:30');
    }
    // The zone really changed: 07:30 on a Vietnamese Sunday is still Saturday afternoon in Los Angeles.
    process.env.TZ = 'America/Los_Angeles';
    expect(toInstant(SUNDAY, '07:30').getDay()).toBe(6);
  });
});
