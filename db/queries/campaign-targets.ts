import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { type StepProblem, stepProblem, type TargetForm } from '@/lib/campaign/target-schema';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import type { Db } from '../client';
import { type CampaignTarget, campaignTargets } from '../schema';
import { type StaffActor, writeAudit } from './audit';

const groupRank = (group: CampaignTarget['targetGroup']) => (group === null ? TARGET_GROUPS.length : TARGET_GROUPS.indexOf(group));

/** The targets in the plan's order of groups, all eligible citizens last, then by due date. */
export const listTargets = async (db: Db) =>
  (await db.select().from(campaignTargets).orderBy(asc(campaignTargets.dueOn), asc(campaignTargets.id))).sort((a, b) => groupRank(a.targetGroup) - groupRank(b.targetGroup));

const facts = ({ targetGroup, percent, startsOn, dueOn, encouraged }: CampaignTarget) => ({ targetGroup, percent, startsOn, dueOn, encouraged });

/**
 * Adds a target, or changes one by id, audited with the change: 'not-found'
 * when that id no longer exists, or the clash with another step of its group,
 * with nothing saved.
 */
export async function saveTarget(db: Db, actor: StaffActor, form: TargetForm, id?: number): Promise<'saved' | 'not-found' | StepProblem> {
  return db.transaction(async (tx) => {
    const values = { targetGroup: form.group, percent: form.percent, startsOn: form.startsOn, dueOn: form.dueOn, encouraged: form.encouraged, updatedBy: actor.id, updatedAt: new Date() };
    const [before] = id === undefined ? [] : await tx.select().from(campaignTargets).where(eq(campaignTargets.id, id)).for('update');
    if (id !== undefined && !before) return 'not-found';
    const group = values.targetGroup === null ? isNull(campaignTargets.targetGroup) : eq(campaignTargets.targetGroup, values.targetGroup);
    const clash = stepProblem(values, await tx.select().from(campaignTargets).where(and(group, id === undefined ? undefined : ne(campaignTargets.id, id))));
    if (clash) return clash;
    if (!before) {
      const [row] = await tx.insert(campaignTargets).values(values).returning();
      await writeAudit(tx, { actor, action: 'campaign-target.create', entity: 'campaign_target', entityId: row.id, after: facts(row) });
    } else {
      const [after] = await tx.update(campaignTargets).set(values).where(eq(campaignTargets.id, before.id)).returning();
      await writeAudit(tx, { actor, action: 'campaign-target.update', entity: 'campaign_target', entityId: before.id, before: facts(before), after: facts(after) });
    }
    return 'saved';
  });
}

export async function deleteTarget(db: Db, actor: StaffActor, id: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [before] = await tx.delete(campaignTargets).where(eq(campaignTargets.id, id)).returning();
    if (!before) return false;
    await writeAudit(tx, { actor, action: 'campaign-target.delete', entity: 'campaign_target', entityId: id, before: facts(before) });
    return true;
  });
}
