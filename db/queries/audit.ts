import { and, desc, eq, gte, lt } from 'drizzle-orm';
import { addDays, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { auditLog, type Booking, type Outcome, staffUsers, type WaitlistRow } from '../schema';
import { type Scope, scopeFilter } from './staff';
import type { Tx } from './tx';

/** The staff member behind a change, as the audit log records them. */
export type StaffActor = { id: number; displayName: string };

export interface AuditEntry {
  actor: StaffActor | { citizen: true };
  action: string;
  entity: string;
  entityId: string | number;
  hamletId?: number | null;
  before?: unknown;
  after?: unknown;
}

type BookingFactFields = Pick<Booking, 'status' | 'helpPointId' | 'startsAt' | 'people' | 'checkedInAt' | 'noShow' | 'declineReason'>;

// The log is append-only and kept after personal data is removed elsewhere, so it holds no names or phone numbers.
export const bookingFacts = ({ status, helpPointId, startsAt, people, checkedInAt, noShow, declineReason }: BookingFactFields) => ({
  status,
  helpPointId,
  startsAt,
  people,
  checkedInAt,
  noShow,
  declineReason,
});

export const waitlistFacts = ({ status, helpPointId, day, people, offeredStartsAt, offerExpiresAt }: WaitlistRow) => ({
  status,
  helpPointId,
  day,
  people,
  offeredStartsAt,
  offerExpiresAt,
});

export const outcomeFacts = ({ status, hamletId, bookingId, case: outcomeCase, steps, blocker, targetGroup, nextAction }: Outcome) => ({
  status,
  hamletId,
  bookingId,
  case: outcomeCase,
  steps,
  blocker,
  targetGroup,
  nextAction,
});

/** An entry as audit_log stores it, but for the id of the changed record. */
export function auditValues(entry: Omit<AuditEntry, 'entityId'>) {
  return {
    actorId: 'id' in entry.actor ? entry.actor.id : null,
    actorLabel: 'id' in entry.actor ? entry.actor.displayName : 'citizen',
    action: entry.action,
    entity: entry.entity,
    hamletId: entry.hamletId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  };
}

/** Appends who changed what, in the same transaction as the change. */
export async function writeAudit(tx: Tx | Db, entry: AuditEntry) {
  await tx.insert(auditLog).values({ ...auditValues(entry), entityId: String(entry.entityId) });
}

/** A citizen's own change to their booking, as the audit log stores it: without their name or phone. */
export const citizenAudit = (action: string, after: Booking, hamletId: number, before?: Booking) => ({
  ...auditValues({ actor: { citizen: true }, action, entity: 'booking', hamletId, before: before && bookingFacts(before), after: bookingFacts(after) }),
  entityId: String(after.id),
});

export async function auditByCitizen(tx: Tx, action: string, after: Booking, hamletId: number, before?: Booking) {
  await tx.insert(auditLog).values(citizenAudit(action, after, hamletId, before));
}

/** Audit entries a supervisor or admin may read, newest first, by hamlet and Vietnamese day. */
export function listAudit(db: Db, scope: Scope, filter: { hamletId?: number; day?: string } = {}, limit = 200) {
  const conditions = [
    scopeFilter(scope, auditLog.hamletId),
    filter.hamletId ? eq(auditLog.hamletId, filter.hamletId) : undefined,
    filter.day ? gte(auditLog.at, toInstant(filter.day, '00:00')) : undefined,
    filter.day ? lt(auditLog.at, toInstant(addDays(filter.day, 1), '00:00')) : undefined,
  ];
  return db
    .select({ entry: auditLog, actorName: staffUsers.displayName })
    .from(auditLog)
    .leftJoin(staffUsers, eq(auditLog.actorId, staffUsers.id))
    .where(and(...conditions))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
}
