import { type SlotRules, isBookable, slotStarts } from '../slots';
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

/** The days a citizen may pick: from today for `daysAhead` days, within the campaign. */
export function bookableDays(rules: SlotRules, { now, daysAhead }: AvailabilityContext): string[] {
  const today = localDate(now);
  return Array.from({ length: daysAhead }, (_, i) => addDays(today, i)).filter(
    (day) => day >= rules.campaignStart && day <= rules.campaignEnd && !rules.closedDays.includes(day),
  );
}

/** A day's slots still open to booking (none in the past or within the cut-off), with seats left. */
export function daySlots(rules: SlotRules, day: string, taken: (start: Date) => number, ctx: AvailabilityContext): SlotView[] {
  if (!bookableDays(rules, ctx).includes(day)) return [];
  return slotStarts(rules, day)
    .filter((start) => isBookable(start, ctx.now, ctx.cutoffMinutes))
    .map((start) => ({ startsAt: start, time: localTime(start), seatsLeft: Math.max(0, rules.seatsPerSlot - taken(start)) }));
}

/**
 * How free times are ranked when a wanted one is full: the wanted day first,
 * then each later day in turn; within a day, the time closest to the wanted
 * time of day first (the earlier on a tie). Earlier days are not ranked here:
 * callers never offer them.
 */
export function closestTo(wanted: Date) {
  const wantedMinutes = minutesOf(localTime(wanted));
  const distance = (slot: SlotView) => Math.abs(minutesOf(slot.time) - wantedMinutes);
  return (a: SlotView, b: SlotView) =>
    localDate(a.startsAt).localeCompare(localDate(b.startsAt)) || distance(a) - distance(b) || a.startsAt.getTime() - b.startsAt.getTime();
}
