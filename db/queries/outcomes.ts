import { and, count, desc, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import { normalizePhone } from '@/lib/phone';
import type { OutcomeForm } from '@/lib/staff/outcome-schema';
import { OUTCOME_STATUSES, type OutcomeBlocker, type OutcomeStatus, type OutcomeStep, type TargetGroup } from '@/lib/staff/outcome-values';
import { addDays, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { sameName } from '@/lib/campaign/person-name';
import { bookings, helpPoints, outcomes, people, places } from '../schema';
import { outcomeFacts, type StaffActor, writeAudit } from './audit';
import { isActive } from './bookings';
import { personFor, rootPerson } from './people';
import { inScope, type Scope, scopeFilter } from './staff';
import { refusalOr, Refused } from '@/lib/refusal';
import type { Tx } from './tx';

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
      const phone = form.phone ? normalizePhone(form.phone) : null;
      let bookingPerson: number | null = null;
      if (form.bookingId) {
        const [booking] = await tx
          .select({ hamletId: helpPoints.hamletId, status: bookings.status, personId: bookings.personId, fullName: bookings.fullName })
          .from(bookings)
          .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
          .where(eq(bookings.id, form.bookingId));
        if (!booking || booking.hamletId !== form.hamletId) throw new Refused('not-found');
        if (!isActive(booking)) throw new Refused('not-active');
        // The booker themselves; anyone else they brought is a person of their own.
        if (sameName(booking.fullName, form.fullName)) bookingPerson = booking.personId;
      }
      const personId = await outcomePerson(tx, form, phone, bookingPerson, at);
      const [row] = await tx
        .insert(outcomes)
        .values({ ...form, personId, phone, status: 'confirmed', recordedBy: actor.id, reviewedBy: actor.id, reviewedAt: at, createdAt: at, updatedAt: at })
        .returning();
      await setGroup(tx, personId, form.targetGroup);
      await writeAudit(tx, { actor, action: 'outcome.record', entity: 'outcome', entityId: row.id, hamletId: row.hamletId, after: outcomeFacts(row) });
      return { ok: true as const, outcome: row };
    }),
  );
}

/**
 * The person an outcome is about: the one chosen from the visit list (in the
 * same hamlet), the booker, or the register's match. What the outcome adds
 * (a phone, the household's address) fills what the register lacked.
 */
async function outcomePerson(tx: Tx, form: OutcomeForm, phone: string | null, bookingPerson: number | null, at: Date): Promise<number> {
  let personId: number;
  if (form.personId) {
    const person = await rootPerson(tx, form.personId);
    if (!person || person.hamletId !== form.hamletId) throw new Refused('not-found');
    personId = person.id;
  } else if (bookingPerson) personId = (await rootPerson(tx, bookingPerson))?.id ?? bookingPerson;
  else personId = await personFor(tx, { hamletId: form.hamletId, fullName: form.fullName, phone, source: 'outcome', at });
  await tx
    .update(people)
    .set({ phone: sql`coalesce(${people.phone}, ${phone})`, address: sql`case when ${people.address} = '' then ${form.householdNote} else ${people.address} end`, updatedAt: at })
    .where(and(eq(people.id, personId), or(and(isNull(people.phone), sql`${phone}::text is not null`), and(eq(people.address, ''), sql`${form.householdNote} <> ''`))));
  return personId;
}

/**
 * A group staff chose moves the person into it. The form's default,
 * 'other-citizen', does not move anyone out of a group set earlier.
 */
async function setGroup(tx: Tx, personId: number, group: TargetGroup) {
  if (group === 'other-citizen') return;
  await tx.update(people).set({ targetGroup: group, updatedAt: new Date() }).where(eq(people.id, personId));
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
  /** When it was made; now unless a test says otherwise. */
  at?: Date;
}

/**
 * A citizen's own report ("I activated", or what stopped them), kept apart
 * until a team member confirms it. Undefined when the hamlet does not exist.
 */
export async function recordSelfReport(db: Db, report: SelfReport) {
  return db.transaction(async (tx) => {
    const [hamlet] = await tx.select({ id: places.id }).from(places).where(and(eq(places.id, report.hamletId), eq(places.kind, 'hamlet')));
    if (!hamlet) return undefined;
    const { note, at = new Date(), ...fields } = report;
    const personId = await personFor(tx, { hamletId: report.hamletId, fullName: report.fullName, phone: report.phone, source: 'self-report', at });
    const [outcome] = await tx
      .insert(outcomes)
      .values({ ...fields, personId, blockerNote: note, status: 'self-reported', createdAt: at, updatedAt: at })
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

/** Confirms or rejects a self-report in scope; a confirmation may say which target group the person is in. */
export async function reviewSelfReport(db: Db, scope: Scope, actor: StaffActor, outcomeId: number, confirm: boolean, group?: TargetGroup, at = new Date()) {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(outcomes).where(eq(outcomes.id, outcomeId)).for('update');
      if (!before || !inScope(scope, before.hamletId)) throw new Refused('not-found');
      if (before.status !== 'self-reported') throw new Refused('not-active');
      const status = confirm ? ('confirmed' as const) : ('rejected' as const);
      const targetGroup = confirm && group ? group : before.targetGroup;
      const [after] = await tx.update(outcomes).set({ status, targetGroup, reviewedBy: actor.id, reviewedAt: at, updatedAt: at }).where(eq(outcomes.id, outcomeId)).returning();
      if (confirm && group && after.personId) await setGroup(tx, after.personId, group);
      await writeAudit(tx, {
        actor,
        action: `outcome.${confirm ? 'confirm' : 'reject'}`,
        entity: 'outcome',
        entityId: outcomeId,
        hamletId: before.hamletId,
        before: { status: before.status, targetGroup: before.targetGroup },
        after: { status, targetGroup },
      });
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
