import { describe, expect, it } from 'vitest';
import { dayPartOf, groupByDayPart } from '@/lib/booking/day-parts';

const slot = (time: string, seatsLeft = 3) => ({ time, seatsLeft });
const free = (s: { seatsLeft: number }) => s.seatsLeft > 0;

describe('parts of the day', () => {
  it('put times before 12:00 in the morning, 12:00–17:59 in the afternoon and from 18:00 in the evening', () => {
    expect(['07:30', '11:59', '12:00', '17:59', '18:00', '21:40'].map(dayPartOf)).toEqual(['morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
  });

  it('group a day in time order with each group’s range, its first free time first and how many are free', () => {
    const groups = groupByDayPart([slot('11:20', 0), slot('11:40'), slot('12:00', 0), slot('17:40'), slot('18:00'), slot('18:20', 1)], free);
    expect(groups.map((g) => [g.part, g.from, g.to, g.first?.time, g.others.map((s) => s.time), g.available])).toEqual([
      ['morning', '11:20', '11:40', '11:40', ['11:20'], 1],
      ['afternoon', '12:00', '17:40', '17:40', ['12:00'], 1],
      ['evening', '18:00', '18:20', '18:00', ['18:20'], 2],
    ]);
  });

  it('leave out a part with no slots and offer nothing first in a part that is full', () => {
    const groups = groupByDayPart([slot('19:00', 0), slot('19:20', 0)], free);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ part: 'evening', first: undefined, available: 0 });
    expect(groups[0].others).toHaveLength(2);
  });
});
