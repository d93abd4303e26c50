import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Locale } from '@/i18n/routing';
import { afterQuietHours } from '@/lib/messaging/quiet-hours';
import { type SmsKind, smsMessage } from '@/lib/messaging/sms-text';
import { shortLink } from '@/lib/short-links';
import { addDays, localDate, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { type Booking, type HelpPoint, outbox } from '../schema';
import type { Tx } from './tx';

/** A booking's link as texts and calendar files carry it: the short address, which leads to its page. */
export const bookingLink = (code: string, token: string, locale: Locale) => shortLink({ code, token }, locale);

/**
 * The message about a booking and, for a new or moved one, the reminder the
 * evening before. A change staff made waits out the night; one the citizen
 * made goes at once, to the phone in their hand.
 */
export function bookingMessages(booking: Pick<Booking, 'code' | 'startsAt' | 'locale'>, token: string | null, point: HelpPoint, kind: SmsKind, now: Date, { byStaff = false } = {}) {
  const { locale } = booking;
  const values = { code: booking.code, startsAt: booking.startsAt, place: point.name, link: token ? bookingLink(booking.code, token, locale) : undefined };
  const message = { kind, ...smsMessage(kind, values, locale), nextAttemptAt: byStaff ? afterQuietHours(now) : undefined };
  const remindAt = toInstant(addDays(localDate(booking.startsAt), -1), '18:00');
  if (kind === 'cancelled' || remindAt <= now) return [message];
  return [message, { kind: 'reminder' as const, ...smsMessage('reminder', values, locale), nextAttemptAt: remindAt }];
}

/** Queues the messages about a booking; a moved or cancelled one also drops its pending reminder. */
export async function queueBookingMessage(tx: Tx, booking: Booking, token: string | null, point: HelpPoint, kind: SmsKind, now: Date, options: { byStaff?: boolean } = {}) {
  if (kind === 'moved' || kind === 'cancelled') {
    await tx.delete(outbox).where(and(eq(outbox.bookingId, booking.id), eq(outbox.kind, 'reminder'), eq(outbox.status, 'pending')));
  }
  const messages = bookingMessages(booking, token, point, kind, now, options);
  await tx.insert(outbox).values(messages.map((message) => ({ ...message, bookingId: booking.id, phone: booking.phone })));
}

const MAX_ATTEMPTS = 5;

/**
 * Claims due messages in one statement, counting the attempt and pushing each
 * forward while it is being sent, so a crash mid-send retries it later rather
 * than never; SKIP LOCKED lets several app instances send without sending twice.
 */
export async function claimDueMessages(db: Db, now: Date, limit = 20) {
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(limit)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(outbox)
    .set({ attempts: sql`${outbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + 5 * 60_000) })
    .where(inArray(outbox.id, due))
    .returning();
  return claimed.sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id - b.id);
}

export type Delivery = { channel: 'zalo' | 'sms'; providerId?: string; zaloError?: string };

export async function markSent(db: Db, id: number, delivery: Delivery, now: Date) {
  await db
    .update(outbox)
    .set({ status: 'sent', sentAt: now, lastError: null, errorCode: null, channel: delivery.channel, providerId: delivery.providerId ?? null, zaloError: delivery.zaloError ?? null })
    .where(eq(outbox.id, id));
}

/**
 * Retries with a growing delay after each failed attempt (counted by the
 * claim), and gives up after a few. The channel stays 'sms' once ZNS has
 * refused, so the message is not offered to ZNS again.
 */
export async function markFailed(db: Db, id: number, attempts: number, failure: { code?: string; message: string; zaloError?: string }, now: Date) {
  const gaveUp = attempts >= MAX_ATTEMPTS;
  await db
    .update(outbox)
    .set({
      status: gaveUp ? 'failed' : 'pending',
      lastError: failure.message.slice(0, 500),
      errorCode: failure.code ?? null,
      channel: 'sms',
      zaloError: failure.zaloError ?? null,
      nextAttemptAt: new Date(now.getTime() + 2 ** (attempts - 1) * 60_000),
    })
    .where(eq(outbox.id, id));
}

export function listMessages(db: Db, bookingId: number) {
  return db.select().from(outbox).where(eq(outbox.bookingId, bookingId)).orderBy(asc(outbox.id));
}
