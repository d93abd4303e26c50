import { and, asc, count, eq, gt, inArray, max, sql } from 'drizzle-orm';
import { hashToken, newBookingToken } from '@/lib/booking-code';
import { RESENDS_PER_DAY, RESEND_WINDOW_MINUTES } from '@/lib/booking/resend-schema';
import { linksMessage, smsMessage } from '@/lib/messaging/sms-text';
import type { Db } from '../client';
import { auditLog, type Booking, bookings, helpPoints, outbox } from '../schema';
import { citizenAudit } from './audit';
import { ACTIVE_STATUSES } from './bookings';
import { bookingLink } from './outbox';
import { insertRows, jsonRows } from './raw-sql';

/**
 * Texts a phone number new links to its upcoming bookings, for someone who
 * lost the message. Only token hashes are stored, so a link can only be sent
 * by issuing a new token, which makes the old links stop working; the new
 * tokens, the rewritten reminders, the message and the audit entries are one
 * transaction. At most once per phone number in any RESEND_WINDOW_MINUTES,
 * counted from the last text sent, and RESENDS_PER_DAY times in 24 hours.
 * Returns how many links went out, which the caller must not show: the page
 * answers the same whether or not the number has bookings.
 */
export async function resendBookingLinks(db: Db, phone: string, now = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    // The phone's bookings are locked first, so a second ask at the same moment waits and then sees this one's text.
    const rows = await tx
      .select({ booking: bookings, point: helpPoints })
      .from(bookings)
      .innerJoin(helpPoints, eq(helpPoints.id, bookings.helpPointId))
      .where(and(eq(bookings.phone, phone), inArray(bookings.status, ACTIVE_STATUSES), gt(bookings.startsAt, now)))
      .orderBy(asc(bookings.startsAt), asc(bookings.id))
      .for('update', { of: bookings });
    const [{ sentToday, lastSent }] = await tx
      .select({ sentToday: count(), lastSent: max(outbox.createdAt) })
      .from(outbox)
      .where(and(eq(outbox.phone, phone), eq(outbox.kind, 'links'), gt(outbox.createdAt, new Date(now.getTime() - 24 * 3600_000))));
    const sentLately = lastSent !== null && now.getTime() - lastSent.getTime() < RESEND_WINDOW_MINUTES * 60_000;
    const sending = sentLately || sentToday >= RESENDS_PER_DAY ? [] : rows;
    // Every answer takes the same statements and composes a text, each on as many bookings as it sends (none
    // included), so how long it takes does not tell whether the number has bookings or was asked for lately.
    const links = sending.map(({ booking, point }) => {
      const token = newBookingToken();
      const link = bookingLink(booking.code, token, booking.locale);
      // The reminder queued with the booking carries the old link.
      const reminder = smsMessage('reminder', { code: booking.code, startsAt: booking.startsAt, place: point.name, link }, booking.locale);
      return { booking, point, tokenHash: hashToken(token), startsAt: booking.startsAt, link, reminder };
    });
    await tx
      .update(bookings)
      .set({ tokenHash: sql`v.token_hash`, updatedAt: now })
      .from(jsonRows(links.map(({ booking, tokenHash }) => ({ id: booking.id, token_hash: tokenHash })), sql`id integer, token_hash text`))
      .where(eq(bookings.id, sql`v.id`));
    await tx
      .update(outbox)
      .set({ body: sql`v.body`, params: sql`v.params` })
      .from(jsonRows(links.map(({ booking, reminder }) => ({ booking_id: booking.id, ...reminder })), sql`booking_id integer, body text, params jsonb`))
      .where(and(eq(outbox.bookingId, sql`v.booking_id`), eq(outbox.kind, 'reminder'), eq(outbox.status, 'pending')));
    const audit = links.map(({ booking, point }) => citizenAudit('booking.resend-link', booking, point.hamletId));
    await insertRows(tx, auditLog, ['actorId', 'actorLabel', 'action', 'entity', 'entityId', 'hamletId', 'before', 'after'], audit);
    // One text for all of them: in the language of the latest booking made.
    const latest = links.reduce<Booking | undefined>((found, { booking }) => (found && found.createdAt >= booking.createdAt ? found : booking), undefined);
    const { body, params } = linksMessage(links, latest?.locale);
    await insertRows(tx, outbox, ['phone', 'kind', 'body', 'params', 'createdAt'], links.length ? [{ phone, kind: 'links', body, params, createdAt: now }] : []);
    return links.length;
  });
}
