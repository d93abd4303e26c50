import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { deleteTarget, listTargets, saveTarget } from '@/db/queries/campaign-targets';
import { populationTable, savePopulation } from '@/db/queries/hamlet-population';
import { auditLog, hamletPopulation } from '@/db/schema';
import { targetFormSchema } from '@/lib/campaign/target-schema';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

describeEachEngine('campaign targets and populations', (database: () => Database) => {
  const { hamlet, staff } = useDemoArea(database, ['admin', 'kiemtra-bimson']);

  it('adds, changes and deletes a target, each written in the audit log', async () => {
    const { db } = database();
    const admin = staff.admin.user;
    const form = targetFormSchema.parse({ group: 'all', percent: '80', startsOn: '2026-12-01', dueOn: '2027-01-31', encouraged: '' });
    expect(form.group).toBeNull();
    await saveTarget(db, admin, form);
    const added = (await listTargets(db)).find((t) => t.dueOn === '2027-01-31')!;
    expect(added).toMatchObject({ targetGroup: null, percent: 80, encouraged: false });
    expect(await saveTarget(db, admin, { ...form, percent: 90 }, added.id)).toBe(true);
    expect(await deleteTarget(db, admin, added.id)).toBe(true);
    expect(await deleteTarget(db, admin, added.id)).toBe(false);
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, String(added.id)));
    expect(entries.filter((e) => e.entity === 'campaign_target').map((e) => e.action)).toEqual(['campaign-target.create', 'campaign-target.update', 'campaign-target.delete']);
  });

  it('refuses a target due before it starts, or of a share outside 1–100', () => {
    const result = targetFormSchema.safeParse({ group: 'student', percent: '101', startsOn: '2026-12-10', dueOn: '2026-12-01', encouraged: 'on' });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual(['dueBeforeStart', 'percent']);
  });

  it('saves a supervisor\'s populations for their hamlets only, all or nothing, audited per hamlet', async () => {
    const { db } = database();
    const { user, scope } = staff['kiemtra-bimson'];
    const kp5 = hamlet['dong-son-kp5'];
    const outside = hamlet['quang-trung-demo-1'];
    expect(await savePopulation(db, scope, user, [{ hamletId: kp5, group: 'student', people: 11 }, { hamletId: outside, group: 'student', people: 12 }])).toBe(false);
    expect((await populationTable(db, scope)).find((h) => h.id === kp5)!.people.student).not.toBe(11);
    expect(await savePopulation(db, scope, user, [{ hamletId: kp5, group: 'student', people: 11 }, { hamletId: kp5, group: 'official', people: 3 }])).toBe(true);
    const rows = await db.select().from(hamletPopulation).where(eq(hamletPopulation.hamletId, kp5));
    expect(Object.fromEntries(rows.map((r) => [r.targetGroup, r.people]))).toMatchObject({ student: 11, official: 3 });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'population.update'));
    expect(entry).toMatchObject({ hamletId: kp5, after: { student: 11, official: 3 } });
    expect((await populationTable(db, scope)).map((h) => h.id)).not.toContain(outside);
  });
});
