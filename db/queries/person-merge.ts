import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { type Likeness, likenessOf } from '@/lib/campaign/person-likeness';
import type { Db } from '../client';
import { auditLog, type Person, people, peopleKeptApart } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { rawRows } from './raw-sql';
import { inScope, type Scope } from './staff';
import type { Tx } from './tx';

export interface LikelyPair {
  a: Person;
  b: Person;
  likeness: Likeness;
}

/**
 * Pairs of people (never merged ones) of one hamlet in scope whose names read
 * the same without diacritics, unless staff said they are different or their
 * facts say so (two phones, two birth years, two ID numbers), a page at a
 * time. People closed as moved away, died or refused are offered too: a
 * duplicate of theirs would otherwise be visited, and counted, again. People
 * whose data was removed are not: nothing is left to tell who they were.
 */
export async function likelyPairs(db: Db, scope: Scope, { hamletId, page, size }: { hamletId?: number; page: number; size: number }): Promise<{ total: number; page: number; pairs: LikelyPair[] }> {
  const hamlets = hamletId !== undefined ? [hamletId].filter((id) => inScope(scope, id)) : scope.all ? undefined : scope.hamletIds;
  const rows = await rawRows<{ a: number; b: number; total: string }>(
    db,
    sql`select a.id as a, b.id as b, count(*) over () as total
      from people a join people b on b.hamlet_id = a.hamlet_id and b.name_key = a.name_key and b.id > a.id
      where a.merged_into_id is null and b.merged_into_id is null and a.anonymised_at is null and b.anonymised_at is null
        ${hamlets ? sql`and a.hamlet_id = any(${sql.param(hamlets)}::int[])` : sql``}
        and (a.phone is null or b.phone is null or a.phone = b.phone)
        and (a.birth_year is null or b.birth_year is null or a.birth_year = b.birth_year)
        and (a.person_key is null or b.person_key is null)
        and not exists (select 1 from people_kept_apart k where k.low_id = a.id and k.high_id = b.id)
      order by a.hamlet_id, a.name_key, a.id, b.id
      limit ${size} offset ${(page - 1) * size}`,
  );
  // Past the last page (its pairs were just decided): the last page, which the first one's count tells.
  if (!rows.length && page > 1) {
    const { total } = await likelyPairs(db, scope, { hamletId, page: 1, size });
    return likelyPairs(db, scope, { hamletId, page: Math.max(1, Math.ceil(total / size)), size });
  }
  const ids = rows.flatMap((row) => [Number(row.a), Number(row.b)]);
  const found = ids.length ? await db.select().from(people).where(inArray(people.id, ids)) : [];
  const byId = new Map(found.map((person) => [person.id, person]));
  const pairs: LikelyPair[] = rows.map((row) => {
    const [a, b] = [byId.get(Number(row.a))!, byId.get(Number(row.b))!];
    return { a, b, likeness: likenessOf(a, b) };
  });
  return { total: Number(rows[0]?.total ?? 0), page, pairs };
}

/**
 * What a survivor takes from the person merged into them where they have none
 * of it, by the columns each fact spans, and each column's "none".
 */
const FACTS = {
  phone: ['phone'],
  birthYear: ['birthYear'],
  address: ['address'],
  personKey: ['personKey'],
  targetGroup: ['targetGroup'],
  level2: ['level2Source', 'level2On'],
  contacted: ['contactedAt', 'contactedBy'],
} as const satisfies Record<string, (keyof Person)[]>;
type Fact = keyof typeof FACTS;
const NONE: Partial<Person> = { phone: null, birthYear: null, address: '', personKey: null, targetGroup: 'other-citizen', level2Source: null, level2On: null, contactedAt: null, contactedBy: null };

const hasFact = (person: Person, fact: Fact) => person[FACTS[fact][0]] !== NONE[FACTS[fact][0]];
const columnsOf = (person: Partial<Person>, fact: Fact): Partial<Person> => Object.fromEntries(FACTS[fact].map((column) => [column, person[column]]));
const sameFact = (a: Person, b: Person, fact: Fact) => JSON.stringify(columnsOf(a, fact)) === JSON.stringify(columnsOf(b, fact));

export type MergeRefusal = 'not-found' | 'same-person' | 'other-hamlet' | 'already-merged' | 'not-merged' | 'two-id-numbers' | 'kept-apart';
type Result = { ok: true } | { ok: false; reason: MergeRefusal };
const refuse = (reason: MergeRefusal): Result => ({ ok: false, reason });

/** Both people, locked in the order of their ids (so two decisions on one pair wait for each other), if both are in scope. */
async function lockPair(tx: Tx, scope: Scope, firstId: number, secondId: number) {
  const rows = await tx.select().from(people).where(inArray(people.id, [firstId, secondId])).orderBy(people.id).for('update');
  const [first, second] = [rows.find((p) => p.id === firstId), rows.find((p) => p.id === secondId)];
  return first && second && inScope(scope, first.hamletId) && inScope(scope, second.hamletId) ? [first, second] : undefined;
}

/** Whether staff said anyone of the one's people (them and those merged into them) is not anyone of the other's. */
async function keptApart(tx: Tx, oneId: number, otherId: number) {
  const [row] = await rawRows<{ found: boolean }>(
    tx,
    sql`select exists (
      select 1 from people_kept_apart k join people x on x.id = k.low_id join people y on y.id = k.high_id
      where (coalesce(x.merged_into_id, x.id) = ${oneId} and coalesce(y.merged_into_id, y.id) = ${otherId})
         or (coalesce(x.merged_into_id, x.id) = ${otherId} and coalesce(y.merged_into_id, y.id) = ${oneId})
    ) as found`,
  );
  return row.found;
}

/**
 * "Là cùng một người": `mergedId` becomes part of `survivorId`, and so does
 * anyone merged into them before (no chains). Records keep pointing at the
 * person they entered as and count for the survivor (person-state.ts); the
 * survivor takes the facts they lack, which a split gives back.
 */
export async function mergePeople(db: Db, scope: Scope, actor: StaffActor, survivorId: number, mergedId: number, at = new Date()): Promise<Result> {
  if (survivorId === mergedId) return refuse('same-person');
  return db.transaction(async (tx) => {
    const pair = await lockPair(tx, scope, survivorId, mergedId);
    if (!pair) return refuse('not-found');
    const [survivor, merged] = pair;
    if (survivor.hamletId !== merged.hamletId) return refuse('other-hamlet');
    if (survivor.mergedIntoId !== null || merged.mergedIntoId !== null) return refuse('already-merged');
    if (survivor.personKey !== null && merged.personKey !== null) return refuse('two-id-numbers');
    if (await keptApart(tx, survivorId, mergedId)) return refuse('kept-apart');

    const filled = (Object.keys(FACTS) as Fact[]).filter((fact) => !hasFact(survivor, fact) && hasFact(merged, fact));
    // The ID number's hash is unique: it moves to the survivor rather than being copied.
    await tx.update(people).set({ mergedIntoId: survivorId, ...(filled.includes('personKey') && { personKey: null }), updatedAt: at }).where(eq(people.id, mergedId));
    const moved = await tx.update(people).set({ mergedIntoId: survivorId, updatedAt: at }).where(eq(people.mergedIntoId, mergedId)).returning({ id: people.id });
    if (filled.length) await tx.update(people).set({ ...Object.assign({}, ...filled.map((fact) => columnsOf(merged, fact))), updatedAt: at }).where(eq(people.id, survivorId));
    await writeAudit(tx, {
      actor,
      action: 'person.merge',
      entity: 'person',
      entityId: mergedId,
      hamletId: merged.hamletId,
      before: { mergedIntoId: null },
      after: { mergedIntoId: survivorId, alsoMoved: moved.map((p) => p.id), filled },
    });
    return { ok: true };
  });
}

/** Records that two people of the pair are different ones, for good. */
async function keepPairApart(tx: Tx, actor: StaffActor, oneId: number, otherId: number, at: Date) {
  const [lowId, highId] = oneId < otherId ? [oneId, otherId] : [otherId, oneId];
  await tx.insert(peopleKeptApart).values({ lowId, highId, decidedBy: actor.id, decidedAt: at }).onConflictDoNothing();
}

/** "Không phải": the pair is never offered again. */
export async function keepApart(db: Db, scope: Scope, actor: StaffActor, oneId: number, otherId: number, at = new Date()): Promise<Result> {
  if (oneId === otherId) return refuse('same-person');
  return db.transaction(async (tx) => {
    const pair = await lockPair(tx, scope, oneId, otherId);
    if (!pair) return refuse('not-found');
    if (pair.some((person) => person.mergedIntoId !== null)) return refuse('already-merged');
    await keepPairApart(tx, actor, oneId, otherId, at);
    await writeAudit(tx, {
      actor,
      action: 'person.keep-apart',
      entity: 'person',
      entityId: Math.min(oneId, otherId),
      hamletId: pair[0].hamletId,
      after: { lowId: Math.min(oneId, otherId), highId: Math.max(oneId, otherId) },
    });
    return { ok: true };
  });
}

/**
 * "Tách ra": a merged person is their own again, with their records, and
 * takes back the facts the merge gave the survivor (where the survivor still
 * has them as they were). The pair is kept apart from then on.
 */
export async function splitPerson(db: Db, scope: Scope, actor: StaffActor, personId: number, at = new Date()): Promise<Result> {
  return db.transaction(async (tx) => {
    const [seen] = await tx.select({ mergedIntoId: people.mergedIntoId }).from(people).where(eq(people.id, personId));
    if (!seen) return refuse('not-found');
    if (seen.mergedIntoId === null) return refuse('not-merged');
    const pair = await lockPair(tx, scope, personId, seen.mergedIntoId);
    if (!pair) return refuse('not-found');
    const [person, survivor] = pair;
    if (person.mergedIntoId !== survivor.id) return refuse('not-merged');

    const given = await factsGiven(tx, person, survivor.id);
    const keyBack = given.includes('personKey') && person.personKey === null && survivor.personKey !== null;
    const taken = given.filter((fact) => fact !== 'personKey' && sameFact(survivor, person, fact));
    if (keyBack || taken.length) {
      await tx
        .update(people)
        .set({ ...Object.assign({}, ...taken.map((fact) => columnsOf(NONE, fact))), ...(keyBack && { personKey: null }), updatedAt: at })
        .where(eq(people.id, survivor.id));
    }
    await tx.update(people).set({ mergedIntoId: null, ...(keyBack && { personKey: survivor.personKey }), updatedAt: at }).where(eq(people.id, personId));
    await keepPairApart(tx, actor, personId, survivor.id, at);
    const reverted = [...(keyBack ? ['personKey'] : []), ...taken];
    await writeAudit(tx, {
      actor,
      action: 'person.split',
      entity: 'person',
      entityId: personId,
      hamletId: person.hamletId,
      before: { mergedIntoId: survivor.id },
      after: { mergedIntoId: null, reverted },
    });
    return { ok: true };
  });
}

/** The facts the person's latest merge gave the survivor, if that merge is the one still standing. */
async function factsGiven(tx: Tx, person: Person, survivorId: number): Promise<Fact[]> {
  const [entry] = await tx
    .select({ after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.hamletId, person.hamletId), eq(auditLog.action, 'person.merge'), eq(auditLog.entity, 'person'), eq(auditLog.entityId, String(person.id))))
    .orderBy(desc(auditLog.id))
    .limit(1);
  const after = entry?.after as { mergedIntoId?: number; filled?: Fact[] } | undefined;
  return after?.mergedIntoId === survivorId ? (after.filled ?? []).filter((fact) => fact in FACTS) : [];
}
