import { type SlotRules, isBookable, isOpenOn, slotTimes } from '../slots';
import { addDays, localDate, localTime, minutesOf } from '../time';

export interface SlotView {
  startsAt: Date;
  time: string;
  seatsLeft: number;
}

export interface AvailabilityContext {
  now: Date;
  cutoffMinutes: number;
  daysAhead: number;
}

/** The days a citizen may pick: from today for `daysAhead` days, those the help point is open. */
export function bookableDays(rules: SlotRules, { now, daysAhead }: AvailabilityContext): string[] {
  const today = localDate(now);
  return Array.from({ length: daysAhead }, (_, i) => addDays(today, i)).filter((day) => isOpenOn(rules, day));
}

/** A day's slots still open to booking (none in the past or within the cut-off), with seats left. */
export function daySlots(rules: SlotRules, day: string, taken: (start: Date) => number, ctx: AvailabilityContext): SlotView[] {
  if (!bookableDays(rules, ctx).includes(day)) return [];
  return slotTimes(rules, day)
    .filter(({ startsAt }) => isBookable(startsAt, ctx.now, ctx.cutoffMinutes))
    .map(({ startsAt, time }) => ({ startsAt, time, seatsLeft: Math.max(0, rules.seatsPerSlot - taken(startsAt)) }));
}

/**
 * The free times to offer when a wanted one is full, best first: the wanted
 * day first, then each later day in turn; within a day, the time closest to
 * the wanted time of day first (the earlier on a tie). Earlier days are not
 * ranked here: callers never offer them. A refused booking ranks every free
 * time of the ward for two weeks, so each slot's rank is worked out once, from
 * its own day and time text, and only the best few are kept.
 */
export function closestTo<T extends SlotView & { day: string }>(options: T[], wanted: Date, limit: number): T[] {
  const wantedMinutes = minutesOf(localTime(wanted));
  const ranked = options.map((slot) => ({ slot, day: slot.day, distance: Math.abs(minutesOf(slot.time) - wantedMinutes), at: slot.startsAt.getTime() }));
  ranked.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0) || a.distance - b.distance || a.at - b.at);
  return ranked.slice(0, limit).map((r) => r.slot);
}
