import { and, desc, eq, sql } from 'drizzle-orm';
import type { ImportRow } from '@/lib/campaign/import-columns';
import { hamletMatcher } from '@/lib/campaign/hamlet-match';
import { checkRows, type ImportPerson, type RowReport } from '@/lib/campaign/import-rows';
import { personKeyFromId, personKeyFromPerson, personKeySecret } from '@/lib/campaign/person-key';
import { nameKey } from '@/lib/search/name-key';
import { localDate } from '@/lib/time';
import type { Db } from '../client';
import { followUps, importBatches, importDrafts, places, type StaffUser } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { type Scope, scopeFilter } from './staff';
import type { Tx } from './tx';

const BATCH_ROWS = 1000;

/** The hamlets an importer may name in a list: their area's only. */
export function importHamlets(db: Db | Tx, scope: Scope) {
  return db
    .select({ id: places.id, code: places.code, name: places.name })
    .from(places)
    .where(and(eq(places.kind, 'hamlet'), scopeFilter(scope, places.id)));
}

/** Checks mapped rows against the importer's area, without writing anything: the draft page's preview and report. */
export async function checkImport(db: Db | Tx, scope: Scope, rows: ImportRow[], now = new Date()) {
  return checkRows(rows, hamletMatcher(await importHamlets(db, scope)), Number(localDate(now).slice(0, 4)));
}

export type ImportResult = { ok: true; batchId: number; rows: number; added: number; updated: number } | { ok: false; reports: RowReport[] };

/**
 * Imports the police's list, all or nothing: if any row is bad, nothing is
 * written and every bad row comes back with its problems. A person already
 * imported (same key) is updated in place, keeping how far the team got with
 * them. `draftId`, when given, is the draft the rows came from, deleted in
 * the same transaction.
 */
export async function importFollowUps(db: Db, actor: StaffActor, scope: Scope, rows: ImportRow[], fileName: string, draftId?: number): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const { people, reports } = await checkImport(tx, scope, rows);
    if (reports.length) return { ok: false as const, reports };
    const secret = await personKeySecret(tx);
    const [batch] = await tx.insert(importBatches).values({ fileName, rows: people.length, added: 0, updated: 0, createdBy: actor.id }).returning({ id: importBatches.id });
    let added = 0;
    for (let start = 0; start < people.length; start += BATCH_ROWS) {
      const values = people.slice(start, start + BATCH_ROWS).map((person) => followUpValues(secret, person, batch.id));
      const written = await tx
        .insert(followUps)
        .values(values)
        .onConflictDoUpdate({
          target: followUps.personKey,
          set: {
            hamletId: sql`excluded.hamlet_id`,
            importId: sql`excluded.import_id`,
            fullName: sql`excluded.full_name`,
            birthYear: sql`excluded.birth_year`,
            phone: sql`coalesce(excluded.phone, ${followUps.phone})`,
            updatedAt: sql`now()`,
          },
        })
        // xmax is 0 on a row this statement inserted, and set on one it updated.
        .returning({ inserted: sql<boolean>`(xmax = 0)` });
      added += written.filter((row) => row.inserted).length;
    }
    const counts = { rows: people.length, added, updated: people.length - added };
    await tx.update(importBatches).set(counts).where(eq(importBatches.id, batch.id));
    if (draftId) await tx.delete(importDrafts).where(and(eq(importDrafts.id, draftId), eq(importDrafts.createdBy, actor.id)));
    await writeAudit(tx, { actor, action: 'follow-up.import', entity: 'import-batch', entityId: batch.id, after: counts });
    return { ok: true as const, batchId: batch.id, ...counts };
  });
}

function followUpValues(secret: string, person: ImportPerson, importId: number) {
  const personKey = person.idNumber ? personKeyFromId(secret, person.idNumber) : personKeyFromPerson(secret, nameKey(person.fullName), person.birthYear, person.hamletId);
  return { hamletId: person.hamletId, source: 'police-list' as const, personKey, importId, fullName: person.fullName, birthYear: person.birthYear, phone: person.phone };
}

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
