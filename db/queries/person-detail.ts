import { asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { PersonClosing, PersonStage, Reached } from '@/lib/campaign/person-values';
import type { OutcomeBlocker, OutcomeStep, TargetGroup } from '@/lib/staff/outcome-values';
import type { Db } from '../client';
import { bookings, outcomes, type Person, people } from '../schema';
import { personStates } from './person-state';
import { rawRows } from './raw-sql';
import { inScope, type Scope } from './staff';

/** The person a record entered the register as: the one shown, or someone merged into them. */
type EnteredAs = { id: number; fullName: string; anonymisedAt: Date | null };

export type PersonRecord =
  | { kind: 'booking'; at: Date; rootId: number; enteredAs: EnteredAs; booking: Pick<typeof bookings.$inferSelect, 'id' | 'code' | 'startsAt' | 'status' | 'checkedInAt' | 'noShow'> }
  | { kind: 'outcome'; at: Date; rootId: number; enteredAs: EnteredAs; selfReport: boolean; outcome: Pick<typeof outcomes.$inferSelect, 'id' | 'steps' | 'blocker' | 'status'> };

/**
 * The bookings and outcomes (citizens' own reports among them) of the given
 * people and of everyone merged into them, oldest first, each with the person
 * it entered as.
 */
export async function personRecords(db: Db, ids: number[]): Promise<PersonRecord[]> {
  if (!ids.length) return [];
  const theirs = or(inArray(people.id, ids), inArray(people.mergedIntoId, ids));
  const person = { id: people.id, fullName: people.fullName, anonymisedAt: people.anonymisedAt, mergedIntoId: people.mergedIntoId };
  const [booked, recorded] = await Promise.all([
    db
      .select({ person, booking: { id: bookings.id, code: bookings.code, startsAt: bookings.startsAt, status: bookings.status, checkedInAt: bookings.checkedInAt, noShow: bookings.noShow, createdAt: bookings.createdAt } })
      .from(bookings)
      .innerJoin(people, eq(bookings.personId, people.id))
      .where(theirs),
    db
      .select({ person, outcome: { id: outcomes.id, steps: outcomes.steps, blocker: outcomes.blocker, status: outcomes.status, recordedBy: outcomes.recordedBy, createdAt: outcomes.createdAt } })
      .from(outcomes)
      .innerJoin(people, eq(outcomes.personId, people.id))
      .where(theirs),
  ]);
  const entered = (p: typeof booked[number]['person']) => ({ rootId: p.mergedIntoId ?? p.id, enteredAs: { id: p.id, fullName: p.fullName, anonymisedAt: p.anonymisedAt } });
  return [
    ...booked.map(({ person: p, booking: { createdAt, ...booking } }) => ({ kind: 'booking' as const, at: createdAt, ...entered(p), booking })),
    // A citizen's own report has no team member behind it.
    ...recorded.map(({ person: p, outcome: { createdAt, recordedBy, ...outcome } }) => ({ kind: 'outcome' as const, at: createdAt, ...entered(p), selfReport: recordedBy === null, outcome })),
  ].sort((x, y) => x.at.getTime() - y.at.getTime());
}

/** A person's state at the end of the day, as person-state.ts defines it (with detail). */
export interface PersonState {
  target_group: TargetGroup;
  reached: Reached | null;
  reached_on: string | null;
  stage: PersonStage;
  blocker: OutcomeBlocker | null;
  closed_as: PersonClosing | null;
  booked_on: string | null;
  came_on: string | null;
  reported_on: string | null;
  furthest_step: OutcomeStep | null;
  step_self_reported: boolean;
}

/**
 * One person of the register in scope, for their page: who they are, who
 * they were merged into (if so), who was merged into them, their state at
 * the end of `day` (for a person not merged), and their records.
 */
export async function personDetail(db: Db, scope: Scope, id: number, day: string) {
  const [person] = await db.select().from(people).where(eq(people.id, id));
  if (!person || !inScope(scope, person.hamletId)) return undefined;
  const [survivor, mergedIn, state, records] = await Promise.all([
    person.mergedIntoId === null ? undefined : db.select().from(people).where(eq(people.id, person.mergedIntoId)).then((rows): Person | undefined => rows[0]),
    db.select().from(people).where(eq(people.mergedIntoId, id)).orderBy(asc(people.id)),
    person.mergedIntoId === null ? stateOf(db, person, day) : undefined,
    personRecords(db, [id]),
  ]);
  return { person, survivor, mergedIn, state, records };
}

async function stateOf(db: Db, person: Person, day: string): Promise<PersonState | undefined> {
  const [row] = await rawRows<PersonState>(
    db,
    sql`with s as (${personStates({ day, hamletIds: [person.hamletId], detail: true })})
      select target_group, reached, reached_on::text, stage, blocker, closed_as, booked_on::text, came_on::text, reported_on::text, furthest_step, step_self_reported
      from s where id = ${person.id}`,
  );
  return row;
}
