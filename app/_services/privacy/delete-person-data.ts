import { randomUUID } from 'node:crypto';
import type { Db } from '@/db/client';
import { type StaffActor, writeAudit } from '@/db/queries/audit';
import { anonymiseRecords, cancelUpcoming, deleteWaitlistEntries, dropMessagesAbout, findPersonData, type Person } from '@/db/queries/person-data';
import { freeSeats } from '@/db/queries/seats';
import type { Scope } from '@/db/queries/staff';
import { offerFreedSeats } from '@/db/queries/waitlist';
import { refusalOr, Refused } from '@/lib/refusal';

/** How many of each kind a deletion removed, per hamlet: what the audit log keeps of it. */
export type Removed = { bookings: number; cancelled: number; waitlist: number; outcomes: number; people: number };
const NONE: Removed = { bookings: 0, cancelled: 0, waitlist: 0, outcomes: 0, people: 0 };

/**
 * A citizen's request to delete their data, in one transaction: their waitlist
 * entries and the messages still to be sent to them go, their future bookings
 * are cancelled (the seats go to the next people waiting, with no message to
 * the person who asked), and every name, phone and note of theirs is removed
 * the way retention removes it, so counts stay. One audit entry per hamlet
 * records who did it, why (`note`) and how many records: never what they held.
 */
export async function deletePersonData(db: Db, scope: Scope, actor: StaffActor, person: Person, note: string, now = new Date()) {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const found = await findPersonData(tx, scope, person);
      if (!found.bookings.length && !found.waitlist.length && !found.outcomes.length && !found.people.length) throw new Refused('not-found');
      const removed = new Map<number, Removed>();
      const count = (hamletId: number, kind: keyof Removed) => removed.set(hamletId, { ...(removed.get(hamletId) ?? NONE), [kind]: (removed.get(hamletId)?.[kind] ?? 0) + 1 });
      const freed: { helpPointId: number; startsAt: Date }[] = [];

      const bookingIds = found.bookings.map((r) => r.booking.id);
      const waitlistIds = found.waitlist.map((r) => r.entry.id);
      await dropMessagesAbout(tx, bookingIds, waitlistIds);
      for (const { entry, hamletId } of found.waitlist) {
        if (entry.status === 'offered' && entry.offeredStartsAt && entry.offerExpiresAt && entry.offerExpiresAt > now) {
          await freeSeats(tx, entry.helpPointId, entry.offeredStartsAt, entry.people);
          freed.push({ helpPointId: entry.helpPointId, startsAt: entry.offeredStartsAt });
        }
        count(hamletId, 'waitlist');
      }
      await deleteWaitlistEntries(tx, waitlistIds);

      for (const booking of await cancelUpcoming(tx, bookingIds, now)) {
        await freeSeats(tx, booking.helpPointId, booking.startsAt, booking.people);
        freed.push({ helpPointId: booking.helpPointId, startsAt: booking.startsAt });
        count(found.bookings.find((r) => r.booking.id === booking.id)!.hamletId, 'cancelled');
      }
      await anonymiseRecords(tx, { bookings: bookingIds, outcomes: found.outcomes.map((r) => r.outcome.id), people: found.people.map((r) => r.person.id) }, now);
      found.bookings.forEach((r) => count(r.hamletId, 'bookings'));
      found.outcomes.forEach((r) => count(r.outcome.hamletId, 'outcomes'));
      found.people.forEach((r) => count(r.person.hamletId, 'people'));

      for (const slot of freed) await offerFreedSeats(tx, slot.helpPointId, slot.startsAt, now);
      const request = randomUUID().slice(0, 8);
      for (const [hamletId, counts] of removed) {
        await writeAudit(tx, { actor, action: 'person.delete', entity: 'person', entityId: request, hamletId, after: { ...counts, note } });
      }
      const total = (kind: keyof Removed) => [...removed.values()].reduce((sum, c) => sum + c[kind], 0);
      return { ok: true as const, removed: Object.fromEntries(Object.keys(NONE).map((kind) => [kind, total(kind as keyof Removed)])) as Removed };
    }),
  );
}
