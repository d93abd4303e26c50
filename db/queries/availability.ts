import { type AvailabilityContext, bookableDays, closestTo, daySlots, type SlotView } from '@/lib/booking/availability';
import { bookingSettings } from '@/lib/booking/settings';
import { addDays, localDate, toInstant } from '@/lib/time';
import type { Db } from '../client';
import type { HelpPoint } from '../schema';
import { getHelpPoint, listHelpPoints, seatKey, seatsTaken } from './help-points';

export function availabilityContext(now = new Date()): AvailabilityContext {
  const { cutoffMinutes, daysAhead } = bookingSettings();
  return { now, cutoffMinutes, daysAhead };
}

async function takenBetween(db: Db, points: HelpPoint[], firstDay: string, lastDay: string) {
  const taken = await seatsTaken(db, points.map((p) => p.id), toInstant(firstDay, '00:00'), toInstant(addDays(lastDay, 1), '00:00'));
  return (pointId: number) => (start: Date) => taken.get(seatKey(pointId, start)) ?? 0;
}

/** A help point's bookable slots on one day, with seats left. */
export async function slotsForDay(db: Db, point: HelpPoint, day: string, ctx = availabilityContext()): Promise<SlotView[]> {
  const taken = await takenBetween(db, [point], day, day);
  return daySlots(point, day, taken(point.id), ctx);
}

/** Seats left at one slot of a help point, or undefined when it cannot be booked now (past, within the cut-off, or no slot). */
export async function seatsLeftAt(db: Db, point: HelpPoint, startsAt: Date, ctx = availabilityContext()): Promise<number | undefined> {
  const slots = await slotsForDay(db, point, localDate(startsAt), ctx);
  return slots.find((slot) => slot.startsAt.getTime() === startsAt.getTime())?.seatsLeft;
}

/** Free seats per bookable day at a help point, for the day picker. */
export async function freeSeatsPerDay(db: Db, point: HelpPoint, ctx = availabilityContext()) {
  const days = bookableDays(point, ctx);
  if (days.length === 0) return [];
  const taken = (await takenBetween(db, [point], days[0], days.at(-1)!))(point.id);
  return days.map((day) => ({ day, free: daySlots(point, day, taken, ctx).reduce((sum, slot) => sum + slot.seatsLeft, 0) }));
}

/** The first free times from now on at one help point, in order: what a kiosk's start screen shows. One read of the seats. */
export async function nextFreeSlots(db: Db, point: HelpPoint, ctx = availabilityContext(), limit = 3): Promise<SlotView[]> {
  const days = bookableDays(point, ctx);
  if (days.length === 0) return [];
  const taken = (await takenBetween(db, [point], days[0], days.at(-1)!))(point.id);
  const found: SlotView[] = [];
  for (const day of days) {
    found.push(...daySlots(point, day, taken, ctx).filter((slot) => slot.seatsLeft > 0));
    if (found.length >= limit) break;
  }
  return found.slice(0, limit);
}

export interface SlotOption extends SlotView {
  helpPointId: number;
  helpPointName: string;
  day: string;
}

type Alternatives = { here: SlotOption[]; nearby: SlotOption[] };

// A crowd refused for the same full slot at the same moment asks the same
// question hundreds of times: one answer serves them all while it is on the
// way and for a second after. An offered time may have filled meanwhile, as it
// may a moment after any answer; booking it is refused with fresh alternatives.
const ALTERNATIVES_KEPT_MS = 1000;
const alternativesKept = new WeakMap<Db, Map<string, Promise<Alternatives>>>();

/**
 * Free times to offer when a wanted one is full, at the same help point (here)
 * and at the other help points of its ward (nearby): the wanted day first,
 * closest to the wanted time, then the following days at a similar time of
 * day. Never an earlier day, nor a time past or within the cut-off.
 */
export function nearestFreeSlots(db: Db, helpPointId: number, wanted: Date, ctx = availabilityContext(), limit = 3): Promise<Alternatives> {
  let kept = alternativesKept.get(db);
  if (!kept) alternativesKept.set(db, (kept = new Map()));
  const key = [helpPointId, wanted.getTime(), Math.floor(ctx.now.getTime() / 60_000), ctx.cutoffMinutes, ctx.daysAhead, limit].join(':');
  const shared = kept.get(key);
  if (shared) return shared;
  const answer = findNearestFreeSlots(db, helpPointId, wanted, ctx, limit);
  kept.set(key, answer);
  const forget = () => kept.get(key) === answer && kept.delete(key);
  answer.then(() => setTimeout(forget, ALTERNATIVES_KEPT_MS).unref(), forget);
  return answer;
}

async function findNearestFreeSlots(db: Db, helpPointId: number, wanted: Date, ctx: AvailabilityContext, limit: number): Promise<Alternatives> {
  const found = await getHelpPoint(db, helpPointId);
  const today = localDate(ctx.now);
  const lastDay = addDays(today, ctx.daysAhead - 1);
  const firstDay = localDate(wanted) > today ? localDate(wanted) : today;
  if (!found || firstDay > lastDay) return { here: [], nearby: [] };
  const points = (await listHelpPoints(db, { wardId: found.wardId })).map((row) => row.helpPoint);
  const days: string[] = [];
  for (let day = firstDay; day <= lastDay; day = addDays(day, 1)) days.push(day);
  const taken = await takenBetween(db, points, firstDay, lastDay);
  // An earlier day always ranks first, so the days after the one that fills both lists need not be looked at.
  const here: SlotOption[] = [];
  const nearby: SlotOption[] = [];
  for (const day of days) {
    for (const point of points) {
      for (const slot of daySlots(point, day, taken(point.id), ctx)) {
        if (slot.seatsLeft > 0) (point.id === helpPointId ? here : nearby).push({ ...slot, helpPointId: point.id, helpPointName: point.name, day });
      }
    }
    if (here.length >= limit && nearby.length >= limit) break;
  }
  return { here: closestTo(here, wanted, limit), nearby: closestTo(nearby, wanted, limit) };
}
