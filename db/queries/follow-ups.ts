import { and, asc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { FollowUpStatus } from '@/lib/campaign/follow-up-values';
import { normalizePhone } from '@/lib/phone';
import { nameKeyPattern } from '@/lib/search/name-key';
import type { Db } from '../client';
import { followUps, type Outcome, places, staffUsers } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { inScope, type Scope, scopeFilter } from './staff';
import { Refused, refusalOr, type Tx } from './tx';

/** Still to do: nobody reached yet, or reached but not yet booked or done. */
export const TO_VISIT: FollowUpStatus[] = ['open', 'contacted'];

export interface FollowUpFilter {
  hamletId?: number;
  statuses?: FollowUpStatus[];
  term?: string;
}

/**
 * The people to visit in scope: by hamlet, those nobody has reached yet first,
 * then the longest waiting. A term finds a name typed with or without
 * diacritics, or a phone number typed in any form.
 */
export function listFollowUps(db: Db, scope: Scope, filter: FollowUpFilter = {}, limit = 300) {
  const phone = filter.term ? normalizePhone(filter.term) : null;
  const byName = filter.term ? ilike(followUps.nameKey, nameKeyPattern(filter.term)) : undefined;
  return db
    .select({ followUp: followUps, statusByName: staffUsers.displayName })
    .from(followUps)
    .innerJoin(places, eq(followUps.hamletId, places.id))
    .leftJoin(staffUsers, eq(followUps.statusBy, staffUsers.id))
    .where(
      and(
        scopeFilter(scope, followUps.hamletId),
        filter.hamletId ? eq(followUps.hamletId, filter.hamletId) : undefined,
        filter.statuses?.length ? inArray(followUps.status, filter.statuses) : undefined,
        phone ? or(eq(followUps.phone, phone), byName) : byName,
      ),
    )
    .orderBy(asc(places.sortOrder), asc(places.id), sql`${followUps.status} <> 'open'`, asc(followUps.createdAt), asc(followUps.id))
    .limit(limit);
}

/**
 * Marks how far the team got with a person; marking 'open' undoes the last
 * mark. Audited with the status before and after (no name or phone).
 */
export async function markFollowUp(db: Db, scope: Scope, actor: StaffActor, id: number, status: FollowUpStatus, at = new Date()) {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(followUps).where(eq(followUps.id, id)).for('update');
      if (!before || !inScope(scope, before.hamletId)) throw new Refused('not-found');
      const reopened = status === 'open';
      const [after] = await tx
        .update(followUps)
        .set({ status, statusAt: reopened ? null : at, statusBy: reopened ? null : actor.id, updatedAt: at })
        .where(eq(followUps.id, id))
        .returning();
      await writeAudit(tx, { actor, action: 'follow-up.mark', entity: 'follow-up', entityId: id, hamletId: before.hamletId, before: { status: before.status }, after: { status } });
      return { ok: true as const, followUp: after };
    }),
  );
}

/** An outcome confirmed with an open next action puts its person on the hamlet's list to visit, in the outcome's transaction. */
export async function followUpOutcome(tx: Tx, outcome: Outcome) {
  if (outcome.status !== 'confirmed' || !outcome.nextAction) return;
  await tx
    .insert(followUps)
    .values({ hamletId: outcome.hamletId, source: 'outcome', outcomeId: outcome.id, fullName: outcome.fullName, phone: outcome.phone, note: outcome.nextAction })
    .onConflictDoNothing();
}

/** One person to visit, if in scope: what a page names after marking them. */
export async function followUpInScope(db: Db, scope: Scope, id: number) {
  const [row] = await db.select().from(followUps).where(and(eq(followUps.id, id), scopeFilter(scope, followUps.hamletId)));
  return row;
}
