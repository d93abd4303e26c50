import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { deleteTarget, listTargets, saveTarget } from '@/db/queries/campaign-targets';
import { demoPopulationHamlets, populationTable, savePopulation } from '@/db/queries/hamlet-population';
import { auditLog, hamletPopulation } from '@/db/schema';
import { readPlacesFile, seedArea } from '@/db/seed';
import { expectedByToday } from '@/lib/campaign/pro-rate';
import { targetFormSchema } from '@/lib/campaign/target-schema';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

describeEachEngine('campaign targets and populations', (database: () => Database) => {
  const { hamlet, staff } = useDemoArea(database, ['admin', 'kiemtra-bimson']);
  const targetForm = (fields: { group: string; percent: string; dueOn: string }) => targetFormSchema.parse({ startsOn: '2026-12-01', encouraged: '', ...fields });
  const populationAudits = async () => (await database().db.select().from(auditLog).where(eq(auditLog.action, 'population.update'))).length;

  it('adds, changes and deletes a target, each written in the audit log', async () => {
    const { db } = database();
    const admin = staff.admin.user;
    const form = targetForm({ group: 'all', percent: '100', dueOn: '2027-01-31' });
    expect(form.group).toBeNull();
    expect(await saveTarget(db, admin, form)).toBe('saved');
    const added = (await listTargets(db)).find((t) => t.dueOn === '2027-01-31')!;
    expect(added).toMatchObject({ targetGroup: null, percent: 100, encouraged: false });
    expect(await saveTarget(db, admin, { ...form, dueOn: '2027-02-28' }, added.id)).toBe('saved');
    expect(await deleteTarget(db, admin, added.id)).toBe(true);
    expect(await deleteTarget(db, admin, added.id)).toBe(false);
    expect(await saveTarget(db, admin, form, added.id)).toBe('not-found');
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, String(added.id)));
    expect(entries.filter((e) => e.entity === 'campaign_target').map((e) => e.action)).toEqual(['campaign-target.create', 'campaign-target.update', 'campaign-target.delete']);
  });

  it('refuses a target due before it starts, or of a share outside 1–100', () => {
    const result = targetFormSchema.safeParse({ group: 'student', percent: '101', startsOn: '2026-12-10', dueOn: '2026-12-01', encouraged: 'on' });
    expect(result.error?.issues.map((i) => i.message).sort()).toEqual(['dueBeforeStart', 'percent']);
  });

  it('keeps a phased target as steps of one group, a later step expecting from the earlier one\'s share, and refuses a step out of order with nothing saved', async () => {
    const { db } = database();
    const admin = staff.admin.user;
    // The demo plan already asks 50 % of other citizens by 20/12.
    expect(await saveTarget(db, admin, targetForm({ group: 'other-citizen', percent: '100', dueOn: '2026-12-31' }))).toBe('saved');
    const targets = await listTargets(db);
    const [half, whole] = targets.filter((t) => t.targetGroup === 'other-citizen');
    expect([half, whole].map((t) => [t.percent, t.dueOn])).toEqual([[50, '2026-12-20'], [100, '2026-12-31']]);
    expect(expectedByToday(whole, '2026-12-21', targets)).toBeCloseTo(50 + 50 / 11);

    const audits = await db.select().from(auditLog).where(eq(auditLog.entity, 'campaign_target'));
    expect(await saveTarget(db, admin, targetForm({ group: 'other-citizen', percent: '40', dueOn: '2027-01-15' }))).toMatchObject({ field: 'percent', message: 'stepBelowPrevious', step: { percent: 100, dueOn: '2026-12-31' } });
    expect(await saveTarget(db, admin, targetForm({ group: 'other-citizen', percent: '60', dueOn: '2026-12-31' }), half.id)).toMatchObject({ field: 'dueOn', message: 'stepSameDue' });
    expect(await saveTarget(db, admin, targetForm({ group: 'other-citizen', percent: '100', dueOn: '2026-12-15' }), whole.id)).toMatchObject({ field: 'percent', message: 'stepAboveNext', step: { percent: 50 } });
    expect(await listTargets(db)).toEqual(targets);
    expect(await db.select().from(auditLog).where(eq(auditLog.entity, 'campaign_target'))).toHaveLength(audits.length);
    expect(await deleteTarget(db, admin, whole.id)).toBe(true);
  });

  it('saves a supervisor\'s populations for their hamlets only, all or nothing, audited per hamlet', async () => {
    const { db } = database();
    const { user, scope } = staff['kiemtra-bimson'];
    const kp5 = hamlet['dong-son-kp5'];
    const outside = hamlet['quang-trung-demo-1'];
    expect(await savePopulation(db, scope, user, [{ hamletId: kp5, group: 'student', people: 11 }, { hamletId: outside, group: 'student', people: 12 }])).toEqual({ saved: false, reason: 'outside-scope' });
    expect((await populationTable(db, scope)).find((h) => h.id === kp5)!.people.student).not.toBe(11);
    expect(await savePopulation(db, scope, user, [{ hamletId: kp5, group: 'student', people: 11 }, { hamletId: kp5, group: 'official', people: 3 }])).toEqual({ saved: true });
    const rows = await db.select().from(hamletPopulation).where(eq(hamletPopulation.hamletId, kp5));
    expect(Object.fromEntries(rows.map((r) => [r.targetGroup, r.people]))).toMatchObject({ student: 11, official: 3 });
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'population.update'));
    expect(entry).toMatchObject({ hamletId: kp5, after: { student: { people: 11, level2Before: 0 }, official: { people: 3, level2Before: 0 } } });
    expect((await populationTable(db, scope)).map((h) => h.id)).not.toContain(outside);
  });

  it('saves, beside the population, how many were at level 2 before the campaign, audited, and keeps it when only the population changes', async () => {
    const { db } = database();
    const { user, scope } = staff['kiemtra-bimson'];
    const kp5 = hamlet['dong-son-kp5'];
    const audits = await populationAudits();
    expect(await savePopulation(db, scope, user, [{ hamletId: kp5, group: 'student', people: 11, level2Before: 4 }])).toEqual({ saved: true });
    expect((await populationTable(db, scope)).find((h) => h.id === kp5)).toMatchObject({ people: { student: 11 }, level2Before: { student: 4 } });
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'population.update'), eq(auditLog.hamletId, kp5))).orderBy(auditLog.id).offset(audits);
    expect(entry).toMatchObject({ before: { student: { people: 11, level2Before: 0 } }, after: { student: { people: 11, level2Before: 4 } } });

    expect(await savePopulation(db, scope, user, [{ hamletId: kp5, group: 'student', people: 20 }])).toEqual({ saved: true });
    expect((await populationTable(db, scope)).find((h) => h.id === kp5)).toMatchObject({ people: { student: 20 }, level2Before: { student: 4 } });
    expect(await populationAudits()).toBe(audits + 2);
  });

  it('refuses more people at level 2 before the campaign than live there, naming the figures at fault, with nothing saved', async () => {
    const { db } = database();
    const { user, scope } = staff['kiemtra-bimson'];
    const kp5 = hamlet['dong-son-kp5'];
    const before = (await populationTable(db, scope)).find((h) => h.id === kp5)!;
    const audits = await populationAudits();
    const tooMany = { hamletId: kp5, group: 'student' as const, people: 20, level2Before: 21 };
    expect(await savePopulation(db, scope, user, [{ hamletId: kp5, group: 'official', people: 5, level2Before: 5 }, tooMany])).toEqual({ saved: false, reason: 'level2-above-people', entries: [tooMany] });
    // Without a new number, the one stored (4) still has to fit.
    const belowStored = { hamletId: kp5, group: 'student' as const, people: 3 };
    expect(await savePopulation(db, scope, user, [belowStored])).toEqual({ saved: false, reason: 'level2-above-people', entries: [belowStored] });
    expect((await populationTable(db, scope)).find((h) => h.id === kp5)).toEqual(before);
    expect(await populationAudits()).toBe(audits);
  });

  it('marks the places file\'s invented populations as demo until the supervisor saves a figure, even the same one', async () => {
    const { db } = database();
    const { user, scope } = staff['kiemtra-bimson'];
    const kp7 = hamlet['dong-son-kp7'];
    const seeded = (await populationTable(db, scope)).find((h) => h.id === kp7)!;
    expect(seeded.demo).toBe(true);
    expect(await demoPopulationHamlets(db, scope, { hamletId: kp7 })).toBe(1);
    const groups = Object.entries(seeded.people).map(([group, people]) => ({ hamletId: kp7, group: group as 'student', people: people! }));
    expect(await savePopulation(db, scope, user, groups)).toEqual({ saved: true });
    expect((await populationTable(db, scope)).find((h) => h.id === kp7)).toMatchObject({ people: seeded.people, demo: false });
    expect(await demoPopulationHamlets(db, scope, { hamletId: kp7 })).toBe(0);
    // Seeding again leaves the supervisor's figures as theirs.
    await seedArea(db, readPlacesFile(), '2026-11-20');
    expect((await populationTable(db, scope)).find((h) => h.id === kp7)!.demo).toBe(false);
  });
});
