import { and, desc, eq, gte, isNotNull, or, sql } from 'drizzle-orm';
import { TIME_ZONE } from '@/lib/time';
import type { Db } from '../client';
import { outbox } from '../schema';

const daysBack = (days: number, now: Date) => new Date(now.getTime() - days * 24 * 3600_000);

// The zone as a literal, not a parameter: GROUP BY must see the same expression as the select list.
const localDay = sql<string>`to_char(${outbox.createdAt} at time zone ${sql.raw(`'${TIME_ZONE}'`)}, 'YYYY-MM-DD')`;

/** Messages made each of the last days, by how they went: channel ('zalo', 'sms', or none yet) and status. */
export function messagesPerDay(db: Db, days: number, now = new Date()) {
  return db
    .select({ day: localDay, channel: outbox.channel, status: outbox.status, count: sql<number>`count(*)::int` })
    .from(outbox)
    .where(gte(outbox.createdAt, daysBack(days, now)))
    .groupBy(localDay, outbox.channel, outbox.status)
    .orderBy(desc(localDay));
}

/** The latest messages that failed, or that Zalo did not take, with their reasons; no phone or text. */
export function messageFailures(db: Db, days: number, now = new Date(), limit = 100) {
  return db
    .select({ id: outbox.id, createdAt: outbox.createdAt, kind: outbox.kind, channel: outbox.channel, status: outbox.status, zaloError: outbox.zaloError, errorCode: outbox.errorCode, lastError: outbox.lastError, attempts: outbox.attempts })
    .from(outbox)
    .where(and(gte(outbox.createdAt, daysBack(days, now)), or(eq(outbox.status, 'failed'), isNotNull(outbox.zaloError), isNotNull(outbox.lastError))))
    .orderBy(desc(outbox.createdAt))
    .limit(limit);
}
