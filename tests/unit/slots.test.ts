import { describe, expect, it } from 'vitest';
import { isBookable, isSlotStart, nextOpenDay, slotStarts, type SlotRules } from '@/lib/slots';
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
