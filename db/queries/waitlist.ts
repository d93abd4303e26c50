import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import { hashToken, newBookingToken } from '@/lib/booking-code';
import { bookingSettings } from '@/lib/booking/settings';
import type { Need } from '@/lib/booking/schema';
import type { Locale } from '@/i18n/routing';
import { afterQuietHours, holdThroughQuietHours } from '@/lib/messaging/quiet-hours';
import { smsMessage } from '@/lib/messaging/sms-text';
import { shortLink } from '@/lib/short-links';
import { isBookable } from '@/lib/slots';
import { localDate, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { helpPoints, outbox, waitlist, type WaitlistRow } from '../schema';
import { waitlistFacts, writeAudit } from './audit';
import { freeSeats, seatsTakenAt, takeSeats } from './seats';
import type { Tx } from './tx';

export interface WaitlistEntry {
  helpPointId: number;
  day: string;
  fullName: string;
  phone: string;
  people: number;
  need: Need;
  locale?: Locale;
}

/**
 * Puts a phone in a full day's queue and texts it, like every booking, what
 * it joined, with the link to its place in the queue, where it can leave. A
 * phone already waiting there keeps its place, and nothing is added or sent.
 */
export async function joinWaitlist(db: Db, entry: WaitlistEntry, now = new Date()) {
  return db.transaction(async (tx) => {
    const token = newBookingToken();
    const [row] = await tx
      .insert(waitlist)
      .values({ ...entry, consentAt: now, entryTokenHash: hashToken(token) })
      .onConflictDoNothing()
      .returning();
    if (row) {
      const [point] = await tx.select({ name: helpPoints.name }).from(helpPoints).where(eq(helpPoints.id, row.helpPointId));
      const link = shortLink({ waitlist: row.id, token }, row.locale);
      await tx.insert(outbox).values({ waitlistId: row.id, phone: row.phone, kind: 'waitlist-joined', ...smsMessage('waitlist-joined', { startsAt: toInstant(row.day, '12:00'), place: point.name, link }, row.locale) });
      return row;
    }
    const [waiting] = await tx
      .select()
      .from(waitlist)
      .where(and(eq(waitlist.helpPointId, entry.helpPointId), eq(waitlist.day, entry.day), eq(waitlist.phone, entry.phone), inArray(waitlist.status, ['waiting', 'offered'])));
    return waiting;
  });
}

/** Whether a link's token opens an entry: the one texted on joining, or the latest offer's. */
export const opensEntry = (entry: Pick<WaitlistRow, 'entryTokenHash' | 'offerTokenHash'>, token: string) => {
  const hash = hashToken(token);
  return entry.entryTokenHash === hash || entry.offerTokenHash === hash;
};

/**
 * Offers seats freed at a slot to the first people waiting for that day who
 * fit, holding the seats for them for a set time; the offer goes out by SMS.
 */
export async function offerFreedSeats(tx: Tx, helpPointId: number, startsAt: Date, now: Date) {
  const { cutoffMinutes, waitlistHoldMinutes } = bookingSettings();
  if (!isBookable(startsAt, now, cutoffMinutes)) return;
  // FOR SHARE: seats are offered under the seats the help point has now, not ones a supervisor is lowering.
  const [point] = await tx.select().from(helpPoints).where(eq(helpPoints.id, helpPointId)).for('share');
  let free = point.seatsPerSlot - (await seatsTakenAt(tx, helpPointId, startsAt));
  const waiting = await tx
    .select()
    .from(waitlist)
    .where(and(eq(waitlist.helpPointId, helpPointId), eq(waitlist.day, localDate(startsAt)), eq(waitlist.status, 'waiting')))
    .orderBy(asc(waitlist.id))
    .for('update');
  for (const entry of waiting) {
    if (free <= 0) break;
    if (entry.people > free) continue;
    await takeSeats(tx, helpPointId, startsAt, entry.people, point.seatsPerSlot);
    free -= entry.people;
    const token = newBookingToken();
    // The person did not ask for this text just now: at night it waits for the morning, and the hold with it.
    const sendAt = afterQuietHours(now);
    const until = holdThroughQuietHours(sendAt, new Date(now.getTime() + waitlistHoldMinutes * 60_000), now);
    await tx
      .update(waitlist)
      .set({ status: 'offered', offeredStartsAt: startsAt, offerExpiresAt: until, offerTokenHash: hashToken(token) })
      .where(eq(waitlist.id, entry.id));
    const link = shortLink({ waitlist: entry.id, token }, entry.locale);
    await tx.insert(outbox).values({
      waitlistId: entry.id,
      phone: entry.phone,
      kind: 'waitlist-offer',
      ...smsMessage('waitlist-offer', { startsAt, place: point.name, link, until }, entry.locale),
      nextAttemptAt: sendAt,
    });
  }
}

/** The waitlist entry a link opens: the one texted on joining, or an offer's. */
export async function findWaitlistEntry(db: Db, id: number, token: string) {
  const [entry] = await db.select().from(waitlist).where(eq(waitlist.id, id));
  return entry && opensEntry(entry, token) ? entry : undefined;
}

/** Whether an entry holds seats for its person right now. */
export const isLiveOffer = (entry: WaitlistRow, now = new Date()) => entry.status === 'offered' && !!entry.offeredStartsAt && entry.offerExpiresAt! > now;

export type DeclineResult = { ok: true } | { ok: false; reason: 'not-found' | 'not-active' };

/**
 * The person waiting leaves the queue, from the link of the text on joining:
 * no more texts; seats an offer held for them go at once to the next person.
 */
export async function leaveWaitlist(db: Db, id: number, token: string, now = new Date()): Promise<DeclineResult> {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(waitlist).where(eq(waitlist.id, id)).for('update');
    if (!entry || !opensEntry(entry, token)) return { ok: false, reason: 'not-found' };
    const offered = isLiveOffer(entry, now);
    if (entry.status !== 'waiting' && !offered) return { ok: false, reason: 'not-active' };
    const [left] = await tx.update(waitlist).set({ status: 'cancelled' }).where(eq(waitlist.id, entry.id)).returning();
    await auditWaitlist(tx, 'waitlist.leave', entry, left);
    if (offered) {
      await freeSeats(tx, entry.helpPointId, entry.offeredStartsAt!, entry.people);
      await offerFreedSeats(tx, entry.helpPointId, entry.offeredStartsAt!, now);
    }
    return { ok: true };
  });
}

async function auditWaitlist(tx: Tx, action: string, before: WaitlistRow, after: WaitlistRow) {
  const [point] = await tx.select({ hamletId: helpPoints.hamletId }).from(helpPoints).where(eq(helpPoints.id, before.helpPointId));
  await writeAudit(tx, { actor: { citizen: true }, action, entity: 'waitlist', entityId: before.id, hamletId: point.hamletId, before: waitlistFacts(before), after: waitlistFacts(after) });
}

/**
 * The person offered a seat says they cannot come: the held seats go at once
 * to the next person waiting, instead of after the hold runs out.
 */
export async function declineOffer(db: Db, id: number, token: string, now = new Date()): Promise<DeclineResult> {
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(waitlist).where(eq(waitlist.id, id)).for('update');
    if (!entry || !opensEntry(entry, token)) return { ok: false, reason: 'not-found' };
    if (!isLiveOffer(entry, now)) return { ok: false, reason: 'not-active' };
    const [declined] = await tx.update(waitlist).set({ status: 'declined' }).where(eq(waitlist.id, entry.id)).returning();
    await freeSeats(tx, entry.helpPointId, entry.offeredStartsAt!, entry.people);
    await auditWaitlist(tx, 'waitlist.decline', entry, declined);
    await offerFreedSeats(tx, entry.helpPointId, entry.offeredStartsAt!, now);
    return { ok: true };
  });
}

/** Releases held seats whose offer ran out, and offers them to the next person waiting. */
export async function expireOffers(db: Db, now = new Date()) {
  await db.transaction(async (tx) => {
    const expired = await tx
      .select()
      .from(waitlist)
      .where(and(eq(waitlist.status, 'offered'), lte(waitlist.offerExpiresAt, now)))
      .for('update', { skipLocked: true });
    for (const entry of expired) {
      await tx.update(waitlist).set({ status: 'expired' }).where(eq(waitlist.id, entry.id));
      await freeSeats(tx, entry.helpPointId, entry.offeredStartsAt!, entry.people);
      await offerFreedSeats(tx, entry.helpPointId, entry.offeredStartsAt!, now);
    }
  });
}
