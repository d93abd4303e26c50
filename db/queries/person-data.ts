import { randomUUID } from 'node:crypto';
import { and, asc, eq, gt, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { ACCENTED, nameKey, PLAIN } from '@/lib/search/name-key';
import type { Db } from '../client';
import { bookings, helpPoints, outbox, outcomes, people, places, waitlist } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { ACTIVE_STATUSES } from './bookings';
import { anonymous, REMOVED } from './retention';
import { freeSeats } from './seats';
import { type Scope, scopeFilter } from './staff';
import { Refused, refusalOr, type Tx } from './tx';
import { offerFreedSeats } from './waitlist';

/** Whose data a citizen asks to delete: their phone (stored form), their name as typed, or both (then both must match). */
export interface Person {
  phone?: string;
  fullName?: string;
}

/** A column that holds a phone, and one that holds a name, matched as the request says; a name matches whole, with or without diacritics. */
function matches(person: Person, phone: AnyPgColumn, nameKeyOf: SQL | AnyPgColumn): SQL | undefined {
  return and(person.phone ? eq(phone, person.phone) : undefined, person.fullName ? sql`${nameKeyOf} = ${nameKey(person.fullName)}` : undefined);
}

/** The waitlist has no stored name key: the same key, built by the database from the same letter table. */
const waitlistNameKey = sql`lower(translate(${waitlist.fullName}, ${ACCENTED}, ${PLAIN}))`;

/** Everything in scope that holds the person's name or phone: bookings, waitlist entries, outcomes and the register of people. */
export async function findPersonData(db: Db | Tx, scope: Scope, person: Person) {
  // One after the other: inside a transaction the queries share one connection.
  const bookingRows = await db
    .select({ booking: bookings, helpPointName: helpPoints.name, hamletId: helpPoints.hamletId })
    .from(bookings)
    .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
    .where(and(scopeFilter(scope, helpPoints.hamletId), ne(bookings.phone, REMOVED), matches(person, bookings.phone, bookings.nameKey)))
    .orderBy(asc(bookings.startsAt));
  const waitlistRows = await db
    .select({ entry: waitlist, helpPointName: helpPoints.name, hamletId: helpPoints.hamletId })
    .from(waitlist)
    .innerJoin(helpPoints, eq(waitlist.helpPointId, helpPoints.id))
    .where(and(scopeFilter(scope, helpPoints.hamletId), matches(person, waitlist.phone, waitlistNameKey)))
    .orderBy(asc(waitlist.day));
  const outcomeRows = await db
    .select({ outcome: outcomes, hamletName: places.name })
    .from(outcomes)
    .innerJoin(places, eq(outcomes.hamletId, places.id))
    .where(and(scopeFilter(scope, outcomes.hamletId), ne(outcomes.fullName, REMOVED), matches(person, outcomes.phone, outcomes.nameKey)))
    .orderBy(asc(outcomes.createdAt));
  const peopleRows = await db
    .select({ person: people, hamletName: places.name })
    .from(people)
    .innerJoin(places, eq(people.hamletId, places.id))
    .where(and(scopeFilter(scope, people.hamletId), ne(people.fullName, REMOVED), matches(person, people.phone, people.nameKey)))
    .orderBy(asc(people.id));
  return { bookings: bookingRows, waitlist: waitlistRows, outcomes: outcomeRows, people: peopleRows };
}

export type PersonData = Awaited<ReturnType<typeof findPersonData>>;

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
      if (bookingIds.length || waitlistIds.length) {
        await tx.delete(outbox).where(or(inArray(outbox.bookingId, bookingIds.length ? bookingIds : [-1]), inArray(outbox.waitlistId, waitlistIds.length ? waitlistIds : [-1])));
      }
      for (const { entry, hamletId } of found.waitlist) {
        if (entry.status === 'offered' && entry.offeredStartsAt && entry.offerExpiresAt && entry.offerExpiresAt > now) {
          await freeSeats(tx, entry.helpPointId, entry.offeredStartsAt, entry.people);
          freed.push({ helpPointId: entry.helpPointId, startsAt: entry.offeredStartsAt });
        }
        count(hamletId, 'waitlist');
      }
      if (waitlistIds.length) await tx.delete(waitlist).where(inArray(waitlist.id, waitlistIds));

      const upcoming = await tx
        .update(bookings)
        .set({ status: 'cancelled', updatedAt: now })
        .where(and(inArray(bookings.id, bookingIds.length ? bookingIds : [-1]), inArray(bookings.status, ACTIVE_STATUSES), gt(bookings.startsAt, now)))
        .returning();
      for (const booking of upcoming) {
        await freeSeats(tx, booking.helpPointId, booking.startsAt, booking.people);
        freed.push({ helpPointId: booking.helpPointId, startsAt: booking.startsAt });
        count(found.bookings.find((r) => r.booking.id === booking.id)!.hamletId, 'cancelled');
      }
      if (bookingIds.length) await tx.update(bookings).set({ ...anonymous.booking, updatedAt: now }).where(inArray(bookings.id, bookingIds));
      found.bookings.forEach((r) => count(r.hamletId, 'bookings'));

      const outcomeIds = found.outcomes.map((r) => r.outcome.id);
      if (outcomeIds.length) await tx.update(outcomes).set({ ...anonymous.outcome, updatedAt: now }).where(inArray(outcomes.id, outcomeIds));
      found.outcomes.forEach((r) => count(r.outcome.hamletId, 'outcomes'));
      const personIds = found.people.map((r) => r.person.id);
      if (personIds.length) await tx.update(people).set({ ...anonymous.person, updatedAt: now }).where(inArray(people.id, personIds));
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
