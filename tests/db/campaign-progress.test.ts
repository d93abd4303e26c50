import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { type CampaignProgress, campaignProgress } from '@/db/queries/campaign-progress';
import { campaignReport } from '@/db/queries/campaign-report';
import { createStaffUser, scopeOf } from '@/db/queries/staff';
import { bookings, campaignTargets, hamletPopulation, outcomes, places } from '@/db/schema';
import { eq } from 'drizzle-orm';
import { OUTCOME_BLOCKERS, OUTCOME_CASES, OUTCOME_STATUSES, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const TODAY = '2026-12-02';

/** A small seeded generator (mulberry32), so a failure shows the same data again. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type GenBooking = { hamletId: number; people: number; status: 'pending' | 'confirmed' | 'cancelled' | 'declined'; came: boolean };
type GenOutcome = { hamletId: number; case: (typeof OUTCOME_CASES)[number] | null; group: (typeof TARGET_GROUPS)[number]; status: (typeof OUTCOME_STATUSES)[number]; activated: boolean; blocker: (typeof OUTCOME_BLOCKERS)[number] | null; day: string };

describeEachEngine('campaign progress against the targets', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['admin', 'kiemtra-bimson', 'huongdan-kp5']);
  const data = { bookings: [] as GenBooking[], outcomes: [] as GenOutcome[], population: new Map<string, number>(), wardOf: new Map<number, number>() };
  let quangTrung: { id: number; scope: Awaited<ReturnType<typeof scopeOf>> };

  it('reads generated bookings, outcomes and populations over two wards', async () => {
    const { db } = database();
    const random = rng(42);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const hamletRows = await db.select({ id: places.id, parentId: places.parentId }).from(places).where(eq(places.kind, 'hamlet'));
    for (const row of hamletRows) data.wardOf.set(row.id, row.parentId!);
    const codes = Object.keys(point);
    await db.delete(hamletPopulation);
    for (const code of codes) {
      for (const group of TARGET_GROUPS) {
        if (random() < 0.1) continue;
        const people = Math.floor(random() * 200);
        data.population.set(`${hamlet[code]}:${group}`, people);
        await db.insert(hamletPopulation).values({ hamletId: hamlet[code], targetGroup: group, people });
      }
    }
    for (let i = 0; i < 300; i++) {
      const code = pick(codes);
      const b: GenBooking = { hamletId: hamlet[code], people: 1 + Math.floor(random() * 3), status: pick(['pending', 'confirmed', 'confirmed', 'cancelled', 'declined'] as const), came: random() < 0.5 };
      data.bookings.push(b);
      await db.insert(bookings).values({
        code: `T${i}`,
        tokenHash: `h${i}`,
        helpPointId: point[code],
        startsAt: toInstant('2026-11-28', '08:00'),
        people: b.people,
        fullName: 'Người thử',
        phone: `+8490000${String(i).padStart(4, '0')}`,
        need: 'not-activated',
        status: b.status,
        checkedInAt: b.came ? toInstant('2026-11-28', '08:05') : null,
        consentAt: new Date(),
        consentVersion: 'test',
      });
    }
    const rows = [];
    for (let i = 0; i < 600; i++) {
      const code = pick(codes);
      const activated = random() < 0.5;
      const o: GenOutcome = {
        hamletId: hamlet[code],
        case: random() < 0.8 ? pick(OUTCOME_CASES) : null,
        group: pick(TARGET_GROUPS),
        status: pick(OUTCOME_STATUSES),
        activated,
        blocker: random() < 0.6 ? pick(OUTCOME_BLOCKERS) : null,
        // Some outcomes come after the day counted, and must not count.
        day: pick(['2026-11-21', '2026-11-30', '2026-12-02', '2026-12-03']),
      };
      data.outcomes.push(o);
      rows.push({ hamletId: o.hamletId, case: o.case, fullName: 'Người thử', targetGroup: o.group, status: o.status, steps: activated ? ['app-installed', 'activated'] : ['app-installed'], blocker: o.blocker, createdAt: toInstant(o.day, '23:30') });
    }
    await db.insert(outcomes).values(rows);
    const [ward] = await db.select({ id: places.id }).from(places).where(eq(places.code, 'quang-trung'));
    const user = await createStaffUser(db, { username: 'kiemtra-quangtrung', displayName: 'Tổ kiểm tra Quang Trung', passwordHash: 'x', role: 'supervisor', wardId: ward.id });
    quangTrung = { id: ward.id, scope: await scopeOf(db, user) };
  });

  /** The counts, computed here in plain code from what was generated. */
  function expected(hamletIds: number[]) {
    const inside = (id: number) => hamletIds.includes(id);
    const active = data.bookings.filter((b) => inside(b.hamletId) && (b.status === 'pending' || b.status === 'confirmed'));
    const counted = data.outcomes.filter((o) => inside(o.hamletId) && o.day <= TODAY);
    const blocked = counted.filter((o) => o.status !== 'rejected' && o.blocker && !o.activated);
    const population = (group: string) => hamletIds.reduce((n, id) => n + (data.population.get(`${id}:${group}`) ?? 0), 0);
    return {
      funnel: {
        booked: active.reduce((n, b) => n + b.people, 0),
        came: active.filter((b) => b.came).reduce((n, b) => n + b.people, 0),
        activated: counted.filter((o) => o.status === 'confirmed' && o.activated).length,
        selfReported: counted.filter((o) => o.status === 'self-reported' && o.activated).length,
        blocked: blocked.length,
      },
      blockers: Object.fromEntries(OUTCOME_BLOCKERS.map((b) => [b, blocked.filter((o) => o.blocker === b).length])),
      activatedBy: Object.fromEntries(TARGET_GROUPS.map((g) => [g, counted.filter((o) => o.group === g && o.status === 'confirmed' && o.activated).length])),
      populationBy: Object.fromEntries(TARGET_GROUPS.map((g) => [g, population(g)])),
    };
  }

  function expectTotals(progress: CampaignProgress | null, hamletIds: number[]) {
    const want = expected(hamletIds);
    expect(progress!.total.funnel).toEqual(want.funnel);
    expect(progress!.total.blockers).toEqual(want.blockers);
    for (const t of progress!.total.targets) {
      const activated = t.target.targetGroup ? want.activatedBy[t.target.targetGroup] : Object.values(want.activatedBy).reduce((a, b) => a + b, 0);
      const population = t.target.targetGroup ? want.populationBy[t.target.targetGroup] : Object.values(want.populationBy).reduce((a, b) => a + b, 0);
      expect([t.activated, t.population]).toEqual([activated, population]);
    }
  }

  const hamletsOfWard = (wardId: number) => [...data.wardOf].filter(([, w]) => w === wardId).map(([id]) => id);

  it('gives the admin the whole area, compared ward by ward', async () => {
    const progress = await campaignProgress(database().db, staff.admin.scope, TODAY);
    expect(progress!.place?.kind).toBe('area');
    expectTotals(progress, [...data.wardOf.keys()]);
    expect(progress!.units.map((u) => u.kind)).toEqual(['ward', 'ward']);
    for (const unit of progress!.units) expect(unit.funnel).toEqual(expected(hamletsOfWard(unit.id)).funnel);
  });

  it('gives a supervisor their ward, compared hamlet by hamlet, and the admin the same on drilling down', async () => {
    const { db } = database();
    const { scope } = staff['kiemtra-bimson'];
    const ids = scope.all ? [] : scope.hamletIds;
    const progress = await campaignProgress(db, scope, TODAY);
    expect(progress!.place).toMatchObject({ kind: 'ward', name: 'Phường Bỉm Sơn' });
    expectTotals(progress, ids);
    expect(progress!.units).toHaveLength(21);
    for (const unit of progress!.units) expect(unit.funnel).toEqual(expected([unit.id]).funnel);
    const drilled = await campaignProgress(db, staff.admin.scope, TODAY, { wardId: progress!.place!.id });
    expect(drilled!.total).toEqual(progress!.total);
  });

  it('keeps a supervisor to their own ward: another ward, or its hamlet, is as if missing', async () => {
    const { db } = database();
    const own = await campaignProgress(db, quangTrung.scope, TODAY);
    expectTotals(own, hamletsOfWard(quangTrung.id));
    expect(own!.units.every((u) => data.wardOf.get(u.id) === quangTrung.id)).toBe(true);
    const bimSonWard = data.wardOf.get(hamlet['dong-son-kp5'])!;
    expect(await campaignProgress(db, quangTrung.scope, TODAY, { wardId: bimSonWard })).toBeNull();
    expect(await campaignProgress(db, quangTrung.scope, TODAY, { hamletId: hamlet['dong-son-kp5'] })).toBeNull();
    expect(await campaignProgress(db, staff['kiemtra-bimson'].scope, TODAY, { wardId: quangTrung.id })).toBeNull();
  });

  it('gives a member only their hamlet', async () => {
    const progress = await campaignProgress(database().db, staff['huongdan-kp5'].scope, TODAY);
    expect(progress!.place).toMatchObject({ kind: 'hamlet', name: 'Khu phố 5' });
    expect(progress!.units.map((u) => u.id)).toEqual([hamlet['dong-son-kp5']]);
    expectTotals(progress, [hamlet['dong-son-kp5']]);
  });

  it('holds each group against its target, with the share expected by today and the days left', async () => {
    const { db } = database();
    const progress = (await campaignProgress(db, staff.admin.scope, TODAY))!;
    const targets = await db.select().from(campaignTargets);
    expect(progress.total.targets).toHaveLength(targets.length);
    const official = progress.total.targets.find((t) => t.target.targetGroup === 'official')!;
    // 2026-11-20 to 2026-12-20 is 31 days; 2026-12-02 is the 13th.
    expect(official.expected).toBeCloseTo((100 * 13) / 31);
    expect(official.daysLeft).toBe(18);
    expect(official.share).toBeCloseTo((100 * official.activated) / official.population);
    expect(official.behind).toBe(official.share! < official.expected);
    const everyone = progress.total.targets.find((t) => t.target.targetGroup === null)!;
    expect(everyone.daysLeft).toBe(29);
    expect(progress.total.targets.find((t) => t.target.encouraged)!.behind).toBe(false);
  });

  it('reports a ward\'s day and its total to that day, per case, group and reason, and no other ward\'s', async () => {
    const { db } = database();
    const { scope } = staff['kiemtra-bimson'];
    const wardId = data.wardOf.get(hamlet['dong-son-kp5'])!;
    const report = (await campaignReport(db, scope, wardId, TODAY))!;
    const ids = hamletsOfWard(wardId);
    const inWard = data.outcomes.filter((o) => ids.includes(o.hamletId) && o.day <= TODAY && o.status !== 'rejected');
    const count = (list: GenOutcome[]) => ({ day: list.filter((o) => o.day === TODAY).length, total: list.length });
    for (const c of OUTCOME_CASES) {
      const ofCase = inWard.filter((o) => o.case === c);
      expect(report.cases[c]).toEqual({ recorded: count(ofCase), activated: count(ofCase.filter((o) => o.status === 'confirmed' && o.activated)) });
    }
    expect(report.cases.none.recorded).toEqual(count(inWard.filter((o) => o.case === null)));
    for (const g of TARGET_GROUPS) expect(report.groups[g].activated).toEqual(count(inWard.filter((o) => o.group === g && o.status === 'confirmed' && o.activated)));
    for (const b of OUTCOME_BLOCKERS) expect(report.blockers[b]).toEqual(count(inWard.filter((o) => o.blocker === b && !o.activated)));
    const progress = (await campaignProgress(db, scope, TODAY))!;
    expect(report.funnel.activated.total).toBe(progress.total.funnel.activated);
    expect(report.funnel.booked.total).toBe(progress.total.funnel.booked);
    expect(report.funnel.booked.day).toBe(0);
    expect(await campaignReport(db, quangTrung.scope, wardId, TODAY)).toBeNull();
    expect(await campaignReport(db, staff['huongdan-kp5'].scope, wardId, TODAY)).toMatchObject({ hamletIds: [hamlet['dong-son-kp5']] });
  });
});
