import { and, eq, inArray, lt, ne, or } from 'drizzle-orm';
import { addDays, localDate } from '@/lib/time';
import type { Db } from '../client';
import { bookings, idempotencyKeys, outbox, outcomes, staffSessions, syncReceipts, waitlist } from '../schema';

export const RETENTION_DAYS = 30;
/** Outcomes feed the campaign's lists per case until its end; then only the counts stay. */
export const OUTCOME_RETENTION_DAYS = 180;
/** Receipts of synced records hold nothing personal; kept long enough to answer any retry a device could still make. */
export const RECEIPT_RETENTION_DAYS = 30;
const REMOVED = '(đã xóa)';

/**
 * Keeps personal data only as long as the consent says: bookings 30 days after
 * their time or a day after cancellation, outcomes' names and phones after
 * OUTCOME_RETENTION_DAYS, waitlist entries once their day is past, sent
 * messages, idempotency answers and expired staff sessions after a day.
 * Counts stay. Receipts of synced staff records go after
 * RECEIPT_RETENTION_DAYS.
 */
export async function removeExpiredPersonalData(db: Db, now = new Date()) {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const retentionEnd = new Date(now.getTime() - RETENTION_DAYS * 24 * 3600_000);
  const outcomeRetentionEnd = new Date(now.getTime() - OUTCOME_RETENTION_DAYS * 24 * 3600_000);
  await db.transaction(async (tx) => {
    await tx
      .update(bookings)
      .set({ fullName: REMOVED, phone: REMOVED, notes: '', tokenHash: REMOVED, updatedAt: now })
      .where(
        and(
          ne(bookings.phone, REMOVED),
          or(lt(bookings.startsAt, retentionEnd), and(inArray(bookings.status, ['cancelled', 'declined']), lt(bookings.updatedAt, dayAgo))),
        ),
      );
    await tx
      .update(outcomes)
      .set({ fullName: REMOVED, phone: null, householdNote: '', blockerNote: '', updatedAt: now })
      .where(and(ne(outcomes.fullName, REMOVED), lt(outcomes.createdAt, outcomeRetentionEnd)));
    await tx.delete(staffSessions).where(lt(staffSessions.expiresAt, dayAgo));
    await tx.delete(outbox).where(and(eq(outbox.status, 'sent'), lt(outbox.sentAt, dayAgo)));
    await tx.delete(waitlist).where(lt(waitlist.day, addDays(localDate(now), -1)));
    await tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, dayAgo));
    await tx.delete(syncReceipts).where(lt(syncReceipts.receivedAt, new Date(now.getTime() - RECEIPT_RETENTION_DAYS * 24 * 3600_000)));
  });
}
