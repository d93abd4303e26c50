import { and, type Column, eq, inArray, isNull, lt, max, or } from 'drizzle-orm';
import { anonymous, OUTCOME_RETENTION_DAYS, RECEIPT_RETENTION_DAYS, RETENTION_DAYS } from '@/lib/retention';
import { settings } from '@/lib/settings';
import { addDays, localDate, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { bookings, campaignTargets, helpPoints, idempotencyKeys, importDrafts, outbox, outcomes, people, staffSessions, syncReceipts, waitlist } from '../schema';
import type { Tx } from './tx';

/** The campaign's last day: the latest target's due date, or without targets the latest help point's campaign end. */
export async function campaignEnd(db: Db | Tx): Promise<string | null> {
  const [target] = await db.select({ end: max(campaignTargets.dueOn) }).from(campaignTargets);
  if (target?.end) return target.end;
  const [point] = await db.select({ end: max(helpPoints.campaignEnd) }).from(helpPoints);
  return point?.end ?? null;
}

export interface RetentionReport {
  bookingsAnonymised: number;
  outcomesAnonymised: number;
  peopleAnonymised: number;
  waitlistDeleted: number;
  importDraftsDeleted: number;
  campaignOver: boolean;
}

/**
 * Keeps personal data only as long as the consent says: bookings 30 days after
 * their time or a day after cancellation, outcomes' names and phones after
 * OUTCOME_RETENTION_DAYS, waitlist entries once their day is past, sent
 * messages, idempotency answers, expired staff sessions and uploaded import
 * files after a day. Once the campaign has been over for
 * RETENTION_AFTER_CAMPAIGN_DAYS, every remaining name and phone goes: bookings,
 * outcomes, people to follow up, the waitlist and every message left unsent,
 * of those made before the campaign ended: a record made since belongs to
 * the next campaign (or to one whose targets were not yet extended) and keeps
 * the ordinary rules. Counts stay. Receipts of synced staff records go after
 * RECEIPT_RETENTION_DAYS.
 */
export async function removeExpiredPersonalData(db: Db, now = new Date(), afterCampaignDays = settings().RETENTION_AFTER_CAMPAIGN_DAYS): Promise<RetentionReport> {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const retentionEnd = new Date(now.getTime() - RETENTION_DAYS * 24 * 3600_000);
  const outcomeRetentionEnd = new Date(now.getTime() - OUTCOME_RETENTION_DAYS * 24 * 3600_000);
  const today = localDate(now);
  return db.transaction(async (tx) => {
    const end = await campaignEnd(tx);
    const campaignOver = end !== null && addDays(end, afterCampaignDays) < today;
    const madeInCampaign = (createdAt: Column) => lt(createdAt, toInstant(addDays(end ?? today, 1), '00:00'));
    const removed = anonymous(now);
    const bookingsDone = await tx
      .update(bookings)
      .set(removed.booking)
      .where(
        and(
          isNull(bookings.anonymisedAt),
          or(
            campaignOver ? madeInCampaign(bookings.createdAt) : undefined,
            lt(bookings.startsAt, retentionEnd),
            and(inArray(bookings.status, ['cancelled', 'declined']), lt(bookings.updatedAt, dayAgo)),
          ),
        ),
      )
      .returning({ id: bookings.id });
    const outcomesDone = await tx
      .update(outcomes)
      .set(removed.outcome)
      .where(and(isNull(outcomes.anonymisedAt), or(campaignOver ? madeInCampaign(outcomes.createdAt) : undefined, lt(outcomes.createdAt, outcomeRetentionEnd))))
      .returning({ id: outcomes.id });
    const peopleDone = campaignOver
      ? await tx
          .update(people)
          .set(removed.person)
          .where(and(isNull(people.anonymisedAt), madeInCampaign(people.createdAt)))
          .returning({ id: people.id })
      : [];
    const waitlistDone = await tx
      .delete(waitlist)
      .where(or(campaignOver ? madeInCampaign(waitlist.createdAt) : undefined, lt(waitlist.day, addDays(today, -1))))
      .returning({ id: waitlist.id });
    const draftsDone = await tx.delete(importDrafts).where(lt(importDrafts.createdAt, dayAgo)).returning({ id: importDrafts.id });
    await tx.delete(staffSessions).where(lt(staffSessions.expiresAt, dayAgo));
    await tx.delete(outbox).where(or(campaignOver ? madeInCampaign(outbox.createdAt) : undefined, and(eq(outbox.status, 'sent'), lt(outbox.sentAt, dayAgo))));
    await tx.delete(idempotencyKeys).where(lt(idempotencyKeys.createdAt, dayAgo));
    await tx.delete(syncReceipts).where(lt(syncReceipts.receivedAt, new Date(now.getTime() - RECEIPT_RETENTION_DAYS * 24 * 3600_000)));
    return {
      bookingsAnonymised: bookingsDone.length,
      outcomesAnonymised: outcomesDone.length,
      peopleAnonymised: peopleDone.length,
      waitlistDeleted: waitlistDone.length,
      importDraftsDeleted: draftsDone.length,
      campaignOver,
    };
  });
}
