import { and, arrayContains, eq, or } from 'drizzle-orm';
import type { PersonMark } from '@/lib/campaign/person-marks';
import type { Db } from '../client';
import { outcomes, type Person, people } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { recordOutcome } from './outcomes';
import { rootPerson } from './people';
import { inScope, type Scope } from './staff';
import { refusalOr, Refused } from '@/lib/refusal';
import type { Tx } from './tx';

// The audit log holds no names or phones: only what the mark changed.
const markFacts = ({ contactedAt, closedAs }: Person) => ({ contacted: contactedAt !== null, closedAs });

/**
 * One tap on an entry of the visit list, in scope only (another area's person
 * answers "not found"), in one transaction and audited. "Activated" is an
 * outcome staff confirm for the person, so the dashboard counts it like any
 * other; a person already activated by staff gets no second record.
 */
export async function markPerson(db: Db, scope: Scope, actor: StaffActor, personId: number, mark: PersonMark, at = new Date()) {
  return refusalOr(() =>
    db.transaction(async (tx) => {
      const root = await rootPerson(tx, personId);
      if (!root || !inScope(scope, root.hamletId)) throw new Refused('not-found');
      const [before] = await tx.select().from(people).where(eq(people.id, root.id)).for('update');
      const outcomeId = mark === 'activated' ? await recordActivation(tx, scope, actor, before, at) : undefined;
      const [after] = await tx
        .update(people)
        .set({ ...changeOf(mark, before, actor, at), updatedAt: at })
        .where(eq(people.id, before.id))
        .returning();
      await writeAudit(tx, { actor, action: 'person.mark', entity: 'person', entityId: before.id, hamletId: before.hamletId, before: markFacts(before), after: { ...markFacts(after), mark, outcomeId } });
      return { ok: true as const, person: after };
    }),
  );
}

function changeOf(mark: PersonMark, before: Person, actor: StaffActor, at: Date): Partial<Person> {
  switch (mark) {
    case 'contacted':
      return before.contactedAt ? {} : { contactedAt: at, contactedBy: actor.id };
    case 'moved-away':
    case 'died':
    case 'refused':
      return before.closedAs === mark ? {} : { closedAs: mark, closedAt: at, closedBy: actor.id };
    case 'reopen':
      return { contactedAt: null, contactedBy: null, closedAs: null, closedAt: null, closedBy: null };
    case 'activated':
      return {};
  }
}

/** The staff-confirmed "activated" outcome of the person: the one already there, or a new one recorded as a house visit would. */
async function recordActivation(tx: Tx, scope: Scope, actor: StaffActor, person: Person, at: Date): Promise<number> {
  const [done] = await tx
    .select({ id: outcomes.id })
    .from(outcomes)
    .innerJoin(people, eq(people.id, outcomes.personId))
    .where(and(or(eq(people.id, person.id), eq(people.mergedIntoId, person.id)), eq(outcomes.status, 'confirmed'), arrayContains(outcomes.steps, ['activated'])))
    .limit(1);
  if (done) return done.id;
  const result = await recordOutcome(
    tx,
    scope,
    actor,
    {
      personId: person.id,
      hamletId: person.hamletId,
      fullName: person.fullName,
      phone: person.phone ?? undefined,
      householdNote: person.address.slice(0, 300),
      steps: ['activated'],
      blockerNote: '',
      targetGroup: person.targetGroup,
    },
    at,
  );
  if (!result.ok) throw new Refused(result.reason);
  return result.outcome.id;
}
