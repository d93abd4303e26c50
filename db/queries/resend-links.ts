import { and, asc, count, eq, gt, inArray, max } from 'drizzle-orm';
import { hashToken, newBookingToken } from '@/lib/booking-code';
import { RESENDS_PER_DAY, RESEND_WINDOW_MINUTES } from '@/lib/booking/resend-schema';
import { linksText, smsText } from '@/lib/messaging/sms-text';
import type { Db } from '../client';
import { bookings, helpPoints, outbox } from '../schema';
import { auditByCitizen } from './audit';
import { ACTIVE_STATUSES } from './bookings';
import { bookingLink } from './outbox';

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
    // Read even when there is nothing to send, so an answer takes about as long whatever the number and its limits.
    const [{ sentToday, lastSent }] = await tx
      .select({ sentToday: count(), lastSent: max(outbox.createdAt) })
      .from(outbox)
      .where(and(eq(outbox.phone, phone), eq(outbox.kind, 'links'), gt(outbox.createdAt, new Date(now.getTime() - 24 * 3600_000))));
    const sentLately = lastSent !== null && now.getTime() - lastSent.getTime() < RESEND_WINDOW_MINUTES * 60_000;
    if (sentLately || sentToday >= RESENDS_PER_DAY || rows.length === 0) return 0;
    const links = [];
    for (const { booking, point } of rows) {
      const token = newBookingToken();
      const link = bookingLink(booking.code, token, booking.locale);
      const [rotated] = await tx.update(bookings).set({ tokenHash: hashToken(token), updatedAt: now }).where(eq(bookings.id, booking.id)).returning();
      // The reminder queued with the booking carries the old link.
      await tx
        .update(outbox)
        .set({ body: smsText('reminder', { code: booking.code, startsAt: booking.startsAt, place: point.name, link }, booking.locale) })
        .where(and(eq(outbox.bookingId, booking.id), eq(outbox.kind, 'reminder'), eq(outbox.status, 'pending')));
      await auditByCitizen(tx, 'booking.resend-link', rotated, point.hamletId);
      links.push({ startsAt: booking.startsAt, link });
    }
    // One text for all of them: in the language of the latest booking made.
    const locale = rows.reduce((latest, row) => (row.booking.createdAt > latest.createdAt ? row.booking : latest), rows[0].booking).locale;
    await tx.insert(outbox).values({ phone, kind: 'links', body: linksText(links, locale), createdAt: now });
    return links.length;
  });
}
