import { describe, expect, it } from 'vitest';
import { closestTo } from '@/lib/booking/availability';
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
