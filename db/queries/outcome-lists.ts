import { and, arrayContains, count, desc, eq, gte, like, lt, or, type SQL, sql } from 'drizzle-orm';
import type { OutcomeListFilter } from '@/lib/campaign/outcome-filter';
import { normalizePhone } from '@/lib/phone';
import { nameKeyPattern } from '@/lib/search/name-key';
import { addDays, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { type Outcome, outcomes, places } from '../schema';
import { type Scope, scopeFilter } from './staff';

/** A name typed any way (with or without diacritics, any case), or a phone in any form booking accepts. */
function searchCondition(term: string): SQL | undefined {
  const phone = normalizePhone(term);
  const byName = like(outcomes.nameKey, nameKeyPattern(term));
  return phone ? or(byName, eq(outcomes.phone, phone)) : byName;
}

/** The WHERE of a list: the scope's hamlets, then each filter given. Dates are local days, both ends included. */
export function outcomeListWhere(scope: Scope, filter: OutcomeListFilter) {
  return and(
    scopeFilter(scope, outcomes.hamletId),
    filter.hamlet ? eq(outcomes.hamletId, filter.hamlet) : undefined,
    filter.case ? eq(outcomes.case, filter.case) : undefined,
    filter.step ? arrayContains(outcomes.steps, [filter.step]) : undefined,
    filter.status ? eq(outcomes.status, filter.status) : undefined,
    filter.blocker ? eq(outcomes.blocker, filter.blocker) : undefined,
    filter.group ? eq(outcomes.targetGroup, filter.group) : undefined,
    filter.from ? gte(outcomes.createdAt, toInstant(filter.from, '00:00')) : undefined,
    filter.to ? lt(outcomes.createdAt, toInstant(addDays(filter.to, 1), '00:00')) : undefined,
    filter.q ? searchCondition(filter.q) : undefined,
  );
}

const listColumns = {
  id: outcomes.id,
  createdAt: outcomes.createdAt,
  fullName: outcomes.fullName,
  anonymisedAt: outcomes.anonymisedAt,
  phone: outcomes.phone,
  householdNote: outcomes.householdNote,
  case: outcomes.case,
  steps: outcomes.steps,
  blocker: outcomes.blocker,
  blockerNote: outcomes.blockerNote,
  targetGroup: outcomes.targetGroup,
  nextAction: outcomes.nextAction,
  status: outcomes.status,
};

export type OutcomeListRow = Pick<Outcome, keyof typeof listColumns> & { hamletName: string };

const newestFirst = [desc(outcomes.createdAt), desc(outcomes.id)];

/** One page of a list, newest first, and how many rows the whole list has. */
export async function outcomeListPage(db: Db, scope: Scope, filter: OutcomeListFilter, limit: number, offset: number) {
  const where = outcomeListWhere(scope, filter);
  const [rows, [{ total }]] = await Promise.all([
    db.select({ ...listColumns, hamletName: places.name }).from(outcomes).innerJoin(places, eq(outcomes.hamletId, places.id)).where(where).orderBy(...newestFirst).limit(limit).offset(offset),
    db.select({ total: count() }).from(outcomes).where(where),
  ]);
  return { rows: rows satisfies OutcomeListRow[], total };
}

/**
 * The whole list for an export, newest first, in batches read by keyset on
 * (created_at, id), so each read is as quick as the first and no more than one
 * batch sits in memory. Hamlet names come from one look-up rather than a join
 * per row, which doubled the time of a large export. The cursor keeps
 * created_at as the database's text: a JavaScript Date drops its
 * microseconds, and rows would be skipped.
 */
export async function* outcomeListBatches(db: Db, scope: Scope, filter: OutcomeListFilter, batchSize = 2000): AsyncGenerator<OutcomeListRow[]> {
  const where = outcomeListWhere(scope, filter);
  const hamlets = new Map((await db.select({ id: places.id, name: places.name }).from(places).where(eq(places.kind, 'hamlet'))).map((h) => [h.id, h.name]));
  let cursor: { at: string; id: number } | undefined;
  for (;;) {
    const rows = await db
      .select({ ...listColumns, hamletId: outcomes.hamletId, cursorAt: sql<string>`${outcomes.createdAt}::text` })
      .from(outcomes)
      .where(and(where, cursor ? sql`(${outcomes.createdAt}, ${outcomes.id}) < (${cursor.at}::timestamptz, ${cursor.id})` : undefined))
      .orderBy(...newestFirst)
      .limit(batchSize);
    if (rows.length === 0) return;
    const last = rows[rows.length - 1];
    cursor = { at: last.cursorAt, id: last.id };
    yield rows.map((row) => ({ ...row, hamletName: hamlets.get(row.hamletId) ?? '' }));
    if (rows.length < batchSize) return;
  }
}
