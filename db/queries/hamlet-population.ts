import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PopulationEntry } from '@/lib/campaign/population-import';
import type { Db } from '../client';
import { hamletPopulation } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { campaignHamlets, type Focus } from './campaign-progress';
import { inScope, type Scope } from './staff';

type ByGroup = Partial<Record<PopulationEntry['group'], number>>;

/**
 * The hamlets in scope, each with its people per group as entered and, of
 * them, those already at level 2 before the campaign (missing groups are
 * absent), and whether any of its figures are still the demo's invented ones.
 */
export async function populationTable(db: Db, scope: Scope) {
  const hamlets = await campaignHamlets(db, scope);
  const rows = hamlets.length ? await db.select().from(hamletPopulation).where(inArray(hamletPopulation.hamletId, hamlets.map((h) => h.id))) : [];
  return hamlets.map((hamlet) => {
    const mine = rows.filter((r) => r.hamletId === hamlet.id);
    return {
      ...hamlet,
      people: Object.fromEntries(mine.map((r) => [r.targetGroup, r.people])) as ByGroup,
      level2Before: Object.fromEntries(mine.map((r) => [r.targetGroup, r.level2Before])) as ByGroup,
      demo: mine.some((r) => r.demo),
    };
  });
}

/** How many hamlets in scope (narrowed like the campaign page) still count on the demo's invented populations. */
export async function demoPopulationHamlets(db: Db, scope: Scope, focus: Focus = {}): Promise<number> {
  const hamlets = await campaignHamlets(db, scope, focus);
  if (hamlets.length === 0) return 0;
  const rows = await db
    .selectDistinct({ hamletId: hamletPopulation.hamletId })
    .from(hamletPopulation)
    .where(and(eq(hamletPopulation.demo, true), inArray(hamletPopulation.hamletId, hamlets.map((h) => h.id))));
  return rows.length;
}

export type SavePopulationResult<E> = { saved: true } | { saved: false; reason: 'outside-scope' } | { saved: false; reason: 'level2-above-people'; entries: E[] };

/**
 * Stores populations, all or nothing, and writes one audit entry per hamlet
 * whose figures changed. An entry without `level2Before` keeps the number
 * stored (0 for a new one). Nothing is stored when any hamlet is outside the
 * scope, or when people already at level 2 would outnumber the population:
 * then the entries at fault come back.
 */
export async function savePopulation<E extends PopulationEntry>(db: Db, scope: Scope, actor: StaffActor, entries: E[]): Promise<SavePopulationResult<E>> {
  if (entries.some((e) => !inScope(scope, e.hamletId))) return { saved: false, reason: 'outside-scope' };
  const hamletIds = [...new Set(entries.map((e) => e.hamletId))];
  if (hamletIds.length === 0) return { saved: true };
  return db.transaction(async (tx) => {
    const before = await tx.select().from(hamletPopulation).where(inArray(hamletPopulation.hamletId, hamletIds)).for('update');
    const old = new Map(before.map((r) => [`${r.hamletId}:${r.targetGroup}`, { people: r.people, level2Before: r.level2Before, demo: r.demo }]));
    const figures = entries.map((e) => ({ ...e, level2Before: e.level2Before ?? old.get(`${e.hamletId}:${e.group}`)?.level2Before ?? 0 }));
    const above = entries.filter((_, i) => figures[i].level2Before > figures[i].people);
    if (above.length) return { saved: false, reason: 'level2-above-people', entries: above };
    const changed = figures.filter((e) => {
      const was = old.get(`${e.hamletId}:${e.group}`);
      // Saving a demo figure unchanged still makes it the supervisor's own.
      return was?.people !== e.people || was.level2Before !== e.level2Before || was.demo;
    });
    if (changed.length === 0) return { saved: true };
    await tx
      .insert(hamletPopulation)
      .values(changed.map((e) => ({ hamletId: e.hamletId, targetGroup: e.group, people: e.people, level2Before: e.level2Before, updatedBy: actor.id })))
      .onConflictDoUpdate({
        target: [hamletPopulation.hamletId, hamletPopulation.targetGroup],
        set: { people: sql`excluded.people`, level2Before: sql`excluded.level2_before`, demo: false, updatedBy: actor.id, updatedAt: new Date() },
      });
    for (const hamletId of new Set(changed.map((e) => e.hamletId))) {
      const mine = changed.filter((e) => e.hamletId === hamletId);
      await writeAudit(tx, {
        actor,
        action: 'population.update',
        entity: 'hamlet_population',
        entityId: hamletId,
        hamletId,
        before: Object.fromEntries(mine.map((e) => [e.group, old.get(`${hamletId}:${e.group}`) ?? null])),
        after: Object.fromEntries(mine.map((e) => [e.group, { people: e.people, level2Before: e.level2Before }])),
      });
    }
    return { saved: true };
  });
}
