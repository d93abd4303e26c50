import { and, asc, eq, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { anonymous } from '@/lib/retention';
import { ACCENTED, nameKey, PLAIN } from '@/lib/search/name-key';
import type { Db } from '../client';
import { bookings, helpPoints, outbox, outcomes, people, places, waitlist } from '../schema';
import { ACTIVE_STATUSES } from './bookings';
import { type Scope, scopeFilter } from './staff';
import type { Tx } from './tx';

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
    .where(and(scopeFilter(scope, helpPoints.hamletId), isNull(bookings.anonymisedAt), matches(person, bookings.phone, bookings.nameKey)))
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
    .where(and(scopeFilter(scope, outcomes.hamletId), isNull(outcomes.anonymisedAt), matches(person, outcomes.phone, outcomes.nameKey)))
    .orderBy(asc(outcomes.createdAt));
  const peopleRows = await db
    .select({ person: people, hamletName: places.name })
    .from(people)
    .innerJoin(places, eq(people.hamletId, places.id))
    .where(and(scopeFilter(scope, people.hamletId), isNull(people.anonymisedAt), matches(person, people.phone, people.nameKey)))
    .orderBy(asc(people.id));
  return { bookings: bookingRows, waitlist: waitlistRows, outcomes: outcomeRows, people: peopleRows };
}

export type PersonData = Awaited<ReturnType<typeof findPersonData>>;

/** Drops the messages still to be sent about these bookings and waitlist entries. */
export async function dropMessagesAbout(tx: Tx, bookingIds: number[], waitlistIds: number[]) {
  if (!bookingIds.length && !waitlistIds.length) return;
  await tx.delete(outbox).where(or(inArray(outbox.bookingId, bookingIds), inArray(outbox.waitlistId, waitlistIds)));
}

export async function deleteWaitlistEntries(tx: Tx, ids: number[]) {
  if (ids.length) await tx.delete(waitlist).where(inArray(waitlist.id, ids));
}

/** Cancels those of these bookings still to come, and returns them: their seats are to be freed. */
export async function cancelUpcoming(tx: Tx, bookingIds: number[], now: Date) {
  if (!bookingIds.length) return [];
  return tx
    .update(bookings)
    .set({ status: 'cancelled', updatedAt: now })
    .where(and(inArray(bookings.id, bookingIds), inArray(bookings.status, ACTIVE_STATUSES), gt(bookings.startsAt, now)))
    .returning();
}

/** Removes the names, phones and notes of these records the way retention does: the rows stay, so every count stays. */
export async function anonymiseRecords(tx: Tx, ids: { bookings: number[]; outcomes: number[]; people: number[] }, now: Date) {
  const removed = anonymous(now);
  if (ids.bookings.length) await tx.update(bookings).set(removed.booking).where(inArray(bookings.id, ids.bookings));
  if (ids.outcomes.length) await tx.update(outcomes).set(removed.outcome).where(inArray(outcomes.id, ids.outcomes));
  if (ids.people.length) await tx.update(people).set(removed.person).where(inArray(people.id, ids.people));
}
