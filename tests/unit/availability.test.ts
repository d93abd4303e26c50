import { describe, expect, it } from 'vitest';
import { bookableDays, closestTo } from '@/lib/booking/availability';
import { localTime, toInstant } from '@/lib/time';

const at = (day: string, time: string) => {
  const startsAt = toInstant(day, time);
  return { startsAt, day, time: localTime(startsAt), seatsLeft: 1 };
};
const label = (s: { startsAt: Date; time: string }) => `${s.startsAt.toISOString().slice(5, 10)} ${s.time}`;

describe('free times offered for a full one', () => {
  it('come from the wanted day first, closest to the wanted time, the earlier on a tie', () => {
    const options = [at('2026-11-28', '08:10'), at('2026-11-27', '11:10'), at('2026-11-27', '09:30'), at('2026-11-27', '10:50')];
    const best = closestTo(options, toInstant('2026-11-27', '10:10'), 4);
    expect(best.map(label)).toEqual(['11-27 09:30', '11-27 10:50', '11-27 11:10', '11-28 08:10']);
  });

  it('then the following days, a similar time of day before a far one', () => {
    const options = [at('2026-11-29', '08:10'), at('2026-11-28', '21:30'), at('2026-11-28', '08:30'), at('2026-11-28', '12:10')];
    const best = closestTo(options, toInstant('2026-11-27', '08:10'), 4);
    expect(best.map(label)).toEqual(['11-28 08:30', '11-28 12:10', '11-28 21:30', '11-29 08:10']);
  });
});

describe('the days a citizen may pick', () => {
  const rules = { opensAt: '07:30', closesAt: '22:00', slotMinutes: 20, seatsPerSlot: 3, campaignStart: '2026-11-20', campaignEnd: '2026-12-31', closedDays: ['2026-11-27'] };
  const ctx = { now: toInstant('2026-11-25', '09:00'), cutoffMinutes: 30, daysAhead: 7 };

  it('are the next days of the campaign but its closed days', () => {
    expect(bookableDays(rules, ctx)).toEqual(['2026-11-25', '2026-11-26', '2026-11-28', '2026-11-29', '2026-11-30', '2026-12-01']);
  });

  it('leave out a weekday the help point does not open (here Saturday)', () => {
    const usual = { opensAt: '07:30', closesAt: '22:00' };
    const weekdayHours = { '0': { opensAt: '07:30', closesAt: '11:30' }, '1': usual, '2': usual, '3': usual, '4': usual, '5': usual, '6': null };
    expect(bookableDays({ ...rules, weekdayHours }, ctx)).toEqual(['2026-11-25', '2026-11-26', '2026-11-29', '2026-11-30', '2026-12-01']);
  });
});
