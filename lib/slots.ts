import { hoursOn, type WeekdayHours } from './booking/weekday-hours';
import { addDays, localDate, minutesOf, toInstant } from './time';

/** The rules a help point's slots follow; times are Vietnamese wall-clock times, days Vietnamese calendar days. */
export interface SlotRules {
  opensAt: string;
  closesAt: string;
  /** Hours that differ by weekday; none: opensAt–closesAt every day. */
  weekdayHours?: WeekdayHours | null;
  slotMinutes: number;
  seatsPerSlot: number;
  campaignStart: string;
  campaignEnd: string;
  closedDays: string[];
}

/** Whether the help point receives people on a date: within its campaign, not a closed day, and open that weekday. */
export function isOpenOn(rules: SlotRules, date: string): boolean {
  return date >= rules.campaignStart && date <= rules.campaignEnd && !rules.closedDays.includes(date) && hoursOn(rules, date) !== null;
}

/** The first day on or after `from` that the help point is open, if any is left in its campaign. */
export function nextOpenDay(rules: SlotRules, from: string): string | undefined {
  for (let day = from < rules.campaignStart ? rules.campaignStart : from; day <= rules.campaignEnd; day = addDays(day, 1)) {
    if (isOpenOn(rules, day)) return day;
  }
  return undefined;
}

/** Every slot of a day, from that weekday's opening, each ending by its closing time, with its wall-clock time (HH:mm) beside its instant; none on closed days. */
export function slotTimes(rules: SlotRules, date: string): { startsAt: Date; time: string }[] {
  const hours = hoursOn(rules, date);
  if (!hours || !isOpenOn(rules, date)) return [];
  const slots: { startsAt: Date; time: string }[] = [];
  const close = minutesOf(hours.closesAt);
  for (let m = minutesOf(hours.opensAt); m + rules.slotMinutes <= close; m += rules.slotMinutes) {
    const time = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    slots.push({ startsAt: toInstant(date, time), time });
  }
  return slots;
}

/** The start of every slot on a day; none on closed days. */
export function slotStarts(rules: SlotRules, date: string): Date[] {
  return slotTimes(rules, date).map((slot) => slot.startsAt);
}

/** Whether an instant is the start of one of the help point's slots. */
export function isSlotStart(rules: SlotRules, instant: Date): boolean {
  return slotStarts(rules, localDate(instant)).some((start) => start.getTime() === instant.getTime());
}

/** A slot can be booked until `cutoffMinutes` before it starts. */
export function isBookable(start: Date, now: Date, cutoffMinutes: number): boolean {
  return start.getTime() - now.getTime() >= cutoffMinutes * 60_000;
}
