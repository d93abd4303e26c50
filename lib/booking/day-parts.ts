import { minutesOf } from '../time';

export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof DAY_PARTS)[number];

/** Sáng before 12:00, chiều 12:00–17:59, tối from 18:00, by a slot's Vietnamese start time (HH:mm). */
export function dayPartOf(time: string): DayPart {
  const minutes = minutesOf(time);
  if (minutes < 12 * 60) return 'morning';
  if (minutes < 18 * 60) return 'afternoon';
  return 'evening';
}

export interface DayPartGroup<T> {
  part: DayPart;
  /** The start times of the group's first and last slot. */
  from: string;
  to: string;
  /** The first slot that can be taken, shown first; undefined when all are full. */
  first?: T;
  /** The group's other slots, in time order. */
  others: T[];
  available: number;
}

/**
 * A day's slots grouped into morning, afternoon and evening, so a phone shows
 * three short groups instead of one long list; parts without slots are left out.
 */
export function groupByDayPart<T extends { time: string }>(slots: T[], canTake: (slot: T) => boolean): DayPartGroup<T>[] {
  return DAY_PARTS.flatMap((part) => {
    const inPart = slots.filter((slot) => dayPartOf(slot.time) === part);
    if (inPart.length === 0) return [];
    const first = inPart.find(canTake);
    return [{ part, from: inPart[0].time, to: inPart.at(-1)!.time, first, others: inPart.filter((slot) => slot !== first), available: inPart.filter(canTake).length }];
  });
}
