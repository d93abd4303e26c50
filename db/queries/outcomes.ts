import { and, count, desc, eq, gte, isNull, lt } from 'drizzle-orm';
import { normalizePhone } from '@/lib/phone';
import type { OutcomeForm } from '@/lib/staff/outcome-schema';
import { OUTCOME_STATUSES, type OutcomeBlocker, type OutcomeStatus, type OutcomeStep } from '@/lib/staff/outcome-values';
import { addDays, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { bookings, helpPoints, outcomes, places } from '../schema';
import { outcomeFacts, type StaffActor, writeAudit } from './audit';
import { followUpOutcome } from './follow-ups';
import { isActive } from './bookings';
import { inScope, type Scope, scopeFilter } from './staff';
import { Refused, refusalOr, type Tx } from './tx';

/**
 * Records what a team member saw achieved (or blocked) for one person, in
 * their own area only, and never for a booking cancelled or declined
 * meanwhile. `at` is when it was recorded: a record made offline keeps the
 * time it was made on the device.
 */
export async function recordOutcome(db: Db | Tx, scope: Scope, actor: StaffActor, form: OutcomeForm, at = new Date()) {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      if (!inScope(scope, form.hamletId)) throw new Refused('not-found');
      if (form.bookingId) {
        const [booking] = await tx
          .select({ hamletId: helpPoints.hamletId, status: bookings.status })
          .from(bookings)
          .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
          .where(eq(bookings.id, form.bookingId));
        if (!booking || booking.hamletId !== form.hamletId) throw new Refused('not-found');
        if (!isActive(booking)) throw new Refused('not-active');
      }
      const [row] = await tx
        .insert(outcomes)
        .values({ ...form, phone: form.phone ? normalizePhone(form.phone) : null, status: 'confirmed', recordedBy: actor.id, reviewedBy: actor.id, createdAt: at, updatedAt: at })
        .returning();
      await writeAudit(tx, { actor, action: 'outcome.record', entity: 'outcome', entityId: row.id, hamletId: row.hamletId, after: outcomeFacts(row) });
      await followUpOutcome(tx, row);
      return { ok: true as const, outcome: row };
    }),
  );
}

export interface SelfReport {
  hamletId: number;
  bookingId?: number;
  fullName: string;
  phone: string | null;
  steps: OutcomeStep[];
  blocker: OutcomeBlocker | null;
  note: string;
  consentAt?: Date;
}

/**
 * A citizen's own report ("I activated", or what stopped them), kept apart
 * until a team member confirms it. Undefined when the hamlet does not exist.
 */
export async function recordSelfReport(db: Db, report: SelfReport) {
  return db.transaction(async (tx) => {
    const [hamlet] = await tx.select({ id: places.id }).from(places).where(and(eq(places.id, report.hamletId), eq(places.kind, 'hamlet')));
    if (!hamlet) return undefined;
    const { note, ...fields } = report;
    const [outcome] = await tx
      .insert(outcomes)
      .values({ ...fields, blockerNote: note, status: 'self-reported' })
      .returning();
    await writeAudit(tx, { actor: { citizen: true }, action: 'outcome.self-report', entity: 'outcome', entityId: outcome.id, hamletId: outcome.hamletId, after: outcomeFacts(outcome) });
    return outcome;
  });
}

export function selfReportQueue(db: Db, scope: Scope) {
  return db
    .select({ outcome: outcomes, hamletName: places.name })
    .from(outcomes)
    .innerJoin(places, eq(outcomes.hamletId, places.id))
    .where(and(eq(outcomes.status, 'self-reported'), scopeFilter(scope, outcomes.hamletId)))
    .orderBy(desc(outcomes.createdAt));
}

/** Confirms or rejects a self-report in scope. */
export async function reviewSelfReport(db: Db, scope: Scope, actor: StaffActor, outcomeId: number, confirm: boolean) {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(outcomes).where(eq(outcomes.id, outcomeId)).for('update');
      if (!before || !inScope(scope, before.hamletId)) throw new Refused('not-found');
      if (before.status !== 'self-reported') throw new Refused('not-active');
      const status = confirm ? ('confirmed' as const) : ('rejected' as const);
      const [after] = await tx.update(outcomes).set({ status, reviewedBy: actor.id, updatedAt: new Date() }).where(eq(outcomes.id, outcomeId)).returning();
      await writeAudit(tx, { actor, action: `outcome.${confirm ? 'confirm' : 'reject'}`, entity: 'outcome', entityId: outcomeId, hamletId: before.hamletId, before: { status: before.status }, after: { status } });
      await followUpOutcome(tx, after);
      return { ok: true as const, outcome: after };
    }),
  );
}

export function outcomesForBooking(db: Db, bookingId: number) {
  return db.select().from(outcomes).where(eq(outcomes.bookingId, bookingId)).orderBy(outcomes.id);
}

export interface OutcomeFilter {
  hamletId?: number;
  day?: string;
  withoutBooking?: boolean;
}

/** Outcomes recorded in scope, newest first, with their hamlet's name: the lists per case. */
export function listOutcomes(db: Db, scope: Scope, filter: OutcomeFilter = {}, limit = 5000) {
  return db
    .select({ outcome: outcomes, hamletName: places.name })
    .from(outcomes)
    .innerJoin(places, eq(outcomes.hamletId, places.id))
    .where(
      and(
        scopeFilter(scope, outcomes.hamletId),
        filter.hamletId ? eq(outcomes.hamletId, filter.hamletId) : undefined,
        filter.day ? gte(outcomes.createdAt, toInstant(filter.day, '00:00')) : undefined,
        filter.day ? lt(outcomes.createdAt, toInstant(addDays(filter.day, 1), '00:00')) : undefined,
        filter.withoutBooking ? isNull(outcomes.bookingId) : undefined,
      ),
    )
    .orderBy(desc(outcomes.createdAt), desc(outcomes.id))
    .limit(limit);
}

/** How many outcomes in scope are confirmed, self-reported (waiting) or rejected: reports count them apart. */
export async function outcomeCounts(db: Db, scope: Scope): Promise<Record<OutcomeStatus, number>> {
  const rows = await db
    .select({ status: outcomes.status, n: count() })
    .from(outcomes)
    .where(scopeFilter(scope, outcomes.hamletId))
    .groupBy(outcomes.status);
  return Object.fromEntries(OUTCOME_STATUSES.map((status) => [status, rows.find((r) => r.status === status)?.n ?? 0])) as Record<OutcomeStatus, number>;
}
