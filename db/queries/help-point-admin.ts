import { and, eq, gt, gte, inArray } from 'drizzle-orm';
import { isSlotStart, slotTimes } from '@/lib/slots';
import type { HelpPointForm } from '@/lib/staff/help-point-schema';
import { addDays, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { bookings, type HelpPoint, helpPoints, slotSeats } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { ACTIVE_STATUSES } from './bookings';
import { getHelpPoint, listHelpPoints, seatKey, seatsTaken } from './help-points';
import { inScope, type Scope } from './staff';

/** The help points a supervisor (their ward) or an admin (all) may edit. */
export function helpPointsInScope(db: Db, scope: Scope) {
  return listHelpPoints(db, { scope });
}

/** One help point with its places, only if in scope: others look exactly like missing ones. */
export async function helpPointInScope(db: Db, scope: Scope, id: number) {
  const row = await getHelpPoint(db, id);
  return row && inScope(scope, row.helpPoint.hamletId) ? row : undefined;
}

export interface SlotPreview {
  startsAt: Date;
  time: string;
  taken: number;
  seats: number;
}

/** Every slot of a day under the help point's saved rules, past ones included, with seats taken. */
export async function slotPreview(db: Db, point: HelpPoint, day: string): Promise<SlotPreview[]> {
  const taken = await seatsTaken(db, [point.id], toInstant(day, '00:00'), toInstant(addDays(day, 1), '00:00'));
  return slotTimes(point, day).map(({ startsAt, time }) => ({ startsAt, time, taken: taken.get(seatKey(point.id, startsAt)) ?? 0, seats: point.seatsPerSlot }));
}

export type HelpPointUpdate =
  | { ok: true; changed: boolean }
  | { ok: false; reason: 'not-found' }
  // Upcoming active bookings the new rules would leave without a valid slot or seat.
  | { ok: false; reason: 'strands'; bookings: number }
  // Seats held for people offered them from the waitlist, which expire on their own.
  | { ok: false; reason: 'held' };

/**
 * Saves a help point's details and slot rules, all or nothing. A change that
 * would leave an upcoming active booking outside the new hours, days or
 * campaign, or more people in a slot than its new seats, is refused rather
 * than dropping anyone: the team cancels or moves those bookings first.
 */
export async function updateHelpPoint(db: Db, scope: Scope, actor: StaffActor, id: number, form: HelpPointForm, now = new Date()): Promise<HelpPointUpdate> {
  return db.transaction(async (tx) => {
    // Bookings read the help point FOR SHARE, so none can be taken under the old rules while the new ones are checked.
    const [before] = await tx.select().from(helpPoints).where(eq(helpPoints.id, id)).for('update');
    if (!before || !inScope(scope, before.hamletId)) return { ok: false, reason: 'not-found' };
    const changed = (Object.keys(form) as (keyof HelpPointForm)[]).filter((key) => JSON.stringify(form[key]) !== JSON.stringify(before[key]));
    if (changed.length === 0) return { ok: true, changed: false };

    const after = { ...before, ...form };
    const upcoming = await tx
      .select({ startsAt: bookings.startsAt })
      .from(bookings)
      .where(and(eq(bookings.helpPointId, id), inArray(bookings.status, ACTIVE_STATUSES), gte(bookings.startsAt, now)));
    const overfull = await tx
      .select({ startsAt: slotSeats.startsAt })
      .from(slotSeats)
      .where(and(eq(slotSeats.helpPointId, id), gte(slotSeats.startsAt, now), gt(slotSeats.taken, after.seatsPerSlot)));
    const overfullAt = new Set(overfull.map((slot) => slot.startsAt.getTime()));
    const stranded = upcoming.filter((b) => !isSlotStart(after, b.startsAt) || overfullAt.has(b.startsAt.getTime())).length;
    if (stranded > 0) return { ok: false, reason: 'strands', bookings: stranded };
    if (overfullAt.size > 0) return { ok: false, reason: 'held' };

    await tx.update(helpPoints).set(form).where(eq(helpPoints.id, id));
    await writeAudit(tx, {
      actor,
      action: 'help-point.update',
      entity: 'help_point',
      entityId: id,
      hamletId: before.hamletId,
      before: Object.fromEntries(changed.map((key) => [key, before[key]])),
      after: Object.fromEntries(changed.map((key) => [key, form[key]])),
    });
    return { ok: true, changed: true };
  });
}
