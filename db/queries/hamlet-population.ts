import { inArray, sql } from 'drizzle-orm';
import type { PopulationEntry } from '@/lib/campaign/population-import';
import type { Db } from '../client';
import { hamletPopulation } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { campaignHamlets } from './campaign-progress';
import { inScope, type Scope } from './staff';

/** The hamlets in scope, each with its people per group as entered (missing groups are absent). */
export async function populationTable(db: Db, scope: Scope) {
  const hamlets = await campaignHamlets(db, scope);
  const rows = hamlets.length ? await db.select().from(hamletPopulation).where(inArray(hamletPopulation.hamletId, hamlets.map((h) => h.id))) : [];
  return hamlets.map((hamlet) => ({ ...hamlet, people: Object.fromEntries(rows.filter((r) => r.hamletId === hamlet.id).map((r) => [r.targetGroup, r.people])) as Partial<Record<PopulationEntry['group'], number>> }));
}

/**
 * Stores populations, all or nothing, and writes one audit entry per hamlet
 * whose figures changed. False, with nothing stored, when any hamlet is
 * outside the scope.
 */
export async function savePopulation(db: Db, scope: Scope, actor: StaffActor, entries: PopulationEntry[]): Promise<boolean> {
  if (entries.some((e) => !inScope(scope, e.hamletId))) return false;
  const hamletIds = [...new Set(entries.map((e) => e.hamletId))];
  if (hamletIds.length === 0) return true;
  return db.transaction(async (tx) => {
    const before = await tx.select().from(hamletPopulation).where(inArray(hamletPopulation.hamletId, hamletIds)).for('update');
    const old = new Map(before.map((r) => [`${r.hamletId}:${r.targetGroup}`, r.people]));
    const changed = entries.filter((e) => old.get(`${e.hamletId}:${e.group}`) !== e.people);
    if (changed.length === 0) return true;
    await tx
      .insert(hamletPopulation)
      .values(changed.map((e) => ({ hamletId: e.hamletId, targetGroup: e.group, people: e.people, updatedBy: actor.id })))
      .onConflictDoUpdate({ target: [hamletPopulation.hamletId, hamletPopulation.targetGroup], set: { people: sql`excluded.people`, updatedBy: actor.id, updatedAt: new Date() } });
    for (const hamletId of new Set(changed.map((e) => e.hamletId))) {
      const mine = changed.filter((e) => e.hamletId === hamletId);
      await writeAudit(tx, {
        actor,
        action: 'population.update',
        entity: 'hamlet_population',
        entityId: hamletId,
        hamletId,
        before: Object.fromEntries(mine.map((e) => [e.group, old.get(`${hamletId}:${e.group}`) ?? null])),
        after: Object.fromEntries(mine.map((e) => [e.group, e.people])),
      });
    }
    return true;
  });
}
