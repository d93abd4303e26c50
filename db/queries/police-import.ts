import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { ImportRow } from '@/lib/campaign/import-columns';
import { hamletMatcher } from '@/lib/campaign/hamlet-match';
import { checkRows, type ImportPerson, type RowReport } from '@/lib/campaign/import-rows';
import { personKeyFromId, personKeyFromPerson } from '@/lib/campaign/person-key';
import { personKeySecret } from './app-secrets';
import { nameKey } from '@/lib/search/name-key';
import { localDate } from '@/lib/time';
import type { Db } from '../client';
import { importBatches, importDrafts, places, type StaffUser } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { rawRows } from './raw-sql';
import { type Scope, scopeFilter } from './staff';
import type { Tx } from './tx';

/** The hamlets an importer may name in a list: their area's only, each with its ward. */
export function importHamlets(db: Db | Tx, scope: Scope) {
  return db
    .select({ id: places.id, code: places.code, name: places.name, wardId: places.parentId })
    .from(places)
    .where(and(eq(places.kind, 'hamlet'), scopeFilter(scope, places.id)));
}

/**
 * Checks mapped rows against the importer's area, without writing anything:
 * the draft page's report. `covered` are the hamlets the list speaks for:
 * every hamlet of each ward it names, where someone it leaves out is no
 * longer on the police's list.
 */
export async function checkImport(db: Db | Tx, scope: Scope, rows: ImportRow[], now = new Date()) {
  const hamlets = await importHamlets(db, scope);
  const { people, reports } = checkRows(rows, hamletMatcher(hamlets), Number(localDate(now).slice(0, 4)));
  const wardOf = new Map(hamlets.map((hamlet) => [hamlet.id, hamlet.wardId]));
  const wards = new Set(people.map((person) => wardOf.get(person.hamletId)));
  return { people, reports, covered: hamlets.filter((hamlet) => wards.has(hamlet.wardId)).map((hamlet) => hamlet.id) };
}

export interface ImportCounts {
  rows: number;
  added: number;
  updated: number;
  absent: number;
  level2: number;
}

/** What importing a checked list would do, before it is done: the absent counted per hamlet. */
export interface ImportPlan extends Omit<ImportCounts, 'absent'> {
  absent: { hamletId: number; people: number }[];
}

export async function previewImport(db: Db, people: ImportPerson[], covered: number[]): Promise<ImportPlan> {
  return db.transaction(async (tx) => {
    await stageList(tx, people);
    const [{ matched }] = await rawRows<{ matched: number }>(tx, sql`select count(person_id)::int as matched from police_list`);
    const absent = await rawRows<{ hamletId: number; people: number }>(
      tx,
      sql`select p.hamlet_id as "hamletId", count(*)::int as people from people p where ${absentees(covered)} group by p.hamlet_id order by p.hamlet_id`,
    );
    return { rows: people.length, added: people.length - matched, updated: matched, absent, level2: people.filter((person) => person.level2).length };
  });
}

export type ImportResult = ({ ok: true; batchId: number } & ImportCounts) | { ok: false; reports: RowReport[] };

/**
 * Imports the police's list into the register, all or nothing: if any row is
 * bad, nothing is written and every bad row comes back with its problems.
 *
 * The list is a snapshot. A listed person already in the register is updated
 * in place, keeping how far the team got with them; one who first came by a
 * booking or an outcome is found by person_for's rule and given their key.
 * Someone the list says is at level 2 is counted 'before' the campaign when
 * the register first gets them from it, or 'police' when already known. People
 * of earlier lists it no longer names, in the wards it covers, are absent from
 * its day on, until a list names them again. `draftId`, when given, is the
 * draft the rows came from, deleted in the same transaction.
 */
export async function importPoliceList(db: Db, actor: StaffActor, scope: Scope, rows: ImportRow[], fileName: string, draftId?: number, now = new Date()): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const { people: listed, reports, covered } = await checkImport(tx, scope, rows, now);
    if (reports.length) return { ok: false as const, reports };
    // One import at a time, so two lists naming the same new person cannot both add them.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('police-import'))`);
    await stageList(tx, listed);
    const day = localDate(now);
    const [batch] = await tx.insert(importBatches).values({ fileName, rows: listed.length, added: 0, updated: 0, createdBy: actor.id, createdAt: now }).returning({ id: importBatches.id });
    const at = now.toISOString();
    await tx.execute(sql`
      update people p set
        person_key = coalesce(p.person_key, l.person_key),
        hamlet_id = l.hamlet_id,
        full_name = l.full_name,
        address = coalesce(nullif(l.address, ''), p.address),
        birth_year = coalesce(l.birth_year, p.birth_year),
        phone = coalesce(l.phone, p.phone),
        import_id = ${batch.id},
        absent_since = null,
        level2_source = case when p.level2_source is null and l.level2 then 'police' else p.level2_source end,
        level2_on = case when p.level2_source is null and l.level2 then ${day}::date else p.level2_on end,
        updated_at = ${at}::timestamptz
      from police_list l
      where p.id = l.person_id`);
    // Before the new people are added: they too have a key and an import, but the staged list does not point to them.
    const [{ absent }] = await rawRows<{ absent: number }>(
      tx,
      sql`
        with absent as (select p.id, p.absent_since from people p where ${absentees(covered)}),
        marked as (
          update people p set absent_since = ${day}::date, updated_at = ${at}::timestamptz
          from absent a where p.id = a.id and a.absent_since is null
        )
        select count(*)::int as absent from absent`,
    );
    const [{ added }] = await rawRows<{ added: number }>(
      tx,
      sql`
        with added as (
          insert into people (hamlet_id, source, full_name, address, phone, birth_year, person_key, import_id, level2_source, level2_on, created_at, updated_at)
          select hamlet_id, 'police-list', full_name, address, phone, birth_year, person_key, ${batch.id},
            case when level2 then 'before' end, case when level2 then ${day}::date end, ${at}::timestamptz, ${at}::timestamptz
          from police_list where person_id is null
          returning 1
        )
        select count(*)::int as added from added`,
    );
    const counts: ImportCounts = { rows: listed.length, added, updated: listed.length - added, absent, level2: listed.filter((person) => person.level2).length };
    await tx.update(importBatches).set(counts).where(eq(importBatches.id, batch.id));
    if (draftId) await tx.delete(importDrafts).where(and(eq(importDrafts.id, draftId), eq(importDrafts.createdBy, actor.id)));
    await writeAudit(tx, { actor, action: 'police.import', entity: 'import-batch', entityId: batch.id, after: counts });
    return { ok: true as const, batchId: batch.id, ...counts };
  });
}

/**
 * The list's people in a temporary table, dropped with the transaction, each
 * with the register's person they are, if any: the person with their key, or
 * else one without a key whom person_for's rule finds (same hamlet, same name
 * in any case, same phone), the first of them, and only for one row of the list.
 */
async function stageList(tx: Tx, people: ImportPerson[]) {
  const secret = await personKeySecret(tx);
  const rows = people.map((person) => ({
    person_key: person.idNumber ? personKeyFromId(secret, person.idNumber) : personKeyFromPerson(secret, nameKey(person.fullName), person.birthYear, person.hamletId),
    hamlet_id: person.hamletId,
    full_name: person.fullName,
    address: person.address,
    birth_year: person.birthYear,
    phone: person.phone,
    level2: person.level2,
  }));
  await tx.execute(sql`
    create temp table police_list (person_key text primary key, hamlet_id integer not null, full_name text not null, address text not null, birth_year integer, phone text, level2 boolean not null, person_id integer)
    on commit drop`);
  await tx.execute(sql`
    insert into police_list (person_key, hamlet_id, full_name, address, birth_year, phone, level2)
    select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(person_key text, hamlet_id integer, full_name text, address text, birth_year integer, phone text, level2 boolean)`);
  await tx.execute(sql`update police_list l set person_id = coalesce(p.merged_into_id, p.id) from people p where p.person_key = l.person_key`);
  // "Is this person named by the list?" is asked once per person: an index keeps that from scanning the list each time.
  await tx.execute(sql`create index on police_list (person_id)`);
  await tx.execute(sql`analyze police_list`);
  await tx.execute(sql`
    update police_list l set person_id = m.id
    from (
      select distinct on (c.id) c.person_key, c.id
      from (
        select distinct on (l.person_key) l.person_key, r.id
        from police_list l
        join people p on p.hamlet_id = l.hamlet_id and lower(p.full_name) = lower(l.full_name) and p.phone = l.phone
        join people r on r.id = coalesce(p.merged_into_id, p.id)
        where l.person_id is null and r.person_key is null
        order by l.person_key, p.id
      ) c
      where not exists (select 1 from police_list k where k.person_id = c.id)
      order by c.id, c.person_key
    ) m
    where l.person_key = m.person_key`);
}

/** People of earlier police lists, in the hamlets a list covers, whom the staged list does not name. */
const absentees = (covered: number[]): SQL => sql`
  p.merged_into_id is null and p.person_key is not null and p.import_id is not null
  and p.hamlet_id = any(${sql.param(covered)}::int[])
  and not exists (select 1 from police_list l where l.person_id = p.id)`;

/** Keeps an uploaded file's text until its importer maps the columns and confirms. */
export async function createImportDraft(db: Db, userId: number, fileName: string, header: string[], rows: string[][]) {
  const [draft] = await db.insert(importDrafts).values({ fileName, header, rows, createdBy: userId }).returning({ id: importDrafts.id });
  return draft.id;
}

/** A draft, for the person who uploaded it only; anyone else's answers like a missing one. */
export async function importDraftOf(db: Db, userId: number, id: number) {
  const [draft] = await db.select().from(importDrafts).where(and(eq(importDrafts.id, id), eq(importDrafts.createdBy, userId)));
  return draft;
}

/** The latest imports: the admin sees all, others their own. */
export function recentImports(db: Db, actor: Pick<StaffUser, 'id' | 'role'>, limit = 10) {
  return db
    .select()
    .from(importBatches)
    .where(actor.role === 'admin' ? undefined : eq(importBatches.createdBy, actor.id))
    .orderBy(desc(importBatches.createdAt), desc(importBatches.id))
    .limit(limit);
}
