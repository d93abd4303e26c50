import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { campaignProgress, type Progress } from '@/db/queries/campaign-progress';
import { campaignReport } from '@/db/queries/campaign-report';
import { createBooking } from '@/db/queries/create-booking';
import { recordOutcome } from '@/db/queries/outcomes';
import { createStaffUser, scopeOf } from '@/db/queries/staff';
import { campaignTargets, hamletPopulation, people, places } from '@/db/schema';
import { reportText } from '@/app/_services/campaign/report-text';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const DAY = '2026-12-02';

const targetOf = (progress: Progress, group: string | null) => progress.targets.find((t) => t.target.targetGroup === group)!;

describeEachEngine('campaign progress: people held against the targets, per place and scope', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['admin', 'kiemtra-bimson', 'huongdan-kp5']);
  const member = () => staff['huongdan-kp5'];
  const kp5 = () => hamlet['dong-son-kp5'];
  const record = (fields: Record<string, unknown>, at: Date) =>
    recordOutcome(database().db, member().scope, member().user, outcomeFormSchema.parse({ hamletId: String(kp5()), targetGroup: 'other-citizen', ...fields }), at);

  it('counts a booking from the day it was made, not the day it is for, on the dashboard and in the report alike', async () => {
    const { db } = database();
    const booked = await createBooking(
      db,
      { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-12-10', '08:10'), fullName: 'Nguyễn Văn Đặt', phone: '+84912000001', people: 2, need: 'not-activated', notes: '', consentVersion: 'v1', locale: 'vi' },
      { now: toInstant('2026-12-07', '20:00') },
    );
    expect(booked.ok).toBe(true);
    const { scope } = staff['kiemtra-bimson'];
    const wardId = (await campaignProgress(db, scope, DAY))!.place!.id;
    for (const [day, want] of [['2026-12-06', { day: 0, total: 0 }], ['2026-12-07', { day: 1, total: 1 }], ['2026-12-08', { day: 0, total: 1 }]] as const) {
      expect((await campaignProgress(db, scope, day))!.total.booked, day).toEqual(want);
      expect((await campaignReport(db, scope, wardId, day))!.total.booked, day).toEqual(want);
    }
  });

  it('holds people at level 2 against the population: before the campaign, by the campaign and by the police, each shown apart', async () => {
    const { db } = database();
    await db.delete(hamletPopulation).where(eq(hamletPopulation.hamletId, kp5()));
    await db.insert(hamletPopulation).values({ hamletId: kp5(), targetGroup: 'official', people: 40, level2Before: 5 });
    const listed = { hamletId: kp5(), source: 'police-list' as const, targetGroup: 'official' as const, createdAt: toInstant('2026-11-20', '08:00') };
    await db.insert(people).values([
      { ...listed, fullName: 'Trần Trước', personKey: 'p-1', level2Source: 'before', level2On: '2026-11-20' },
      { ...listed, fullName: 'Lê Công An', personKey: 'p-2', level2Source: 'police', level2On: '2026-12-01' },
    ]);
    await record({ fullName: 'Phạm Cán Bộ', phone: '0912000002', targetGroup: 'official', steps: ['activated'] }, toInstant('2026-12-02', '09:00'));
    await record({ fullName: 'Phạm Cán Bộ', phone: '0912000002', targetGroup: 'official', steps: ['activated'] }, toInstant('2026-12-02', '10:00'));
    const official = targetOf((await campaignProgress(db, member().scope, DAY))!.total, 'official');
    expect(official).toMatchObject({ before: 6, staff: 1, police: 1, reached: 8, population: 40, share: 20 });
    // 2026-11-20 to 2026-12-20 is 31 days; 2026-12-02 is the 13th.
    expect(official.expected).toBeCloseTo((100 * 13) / 31);
    expect([official.daysLeft, official.behind]).toEqual([18, true]);
    expect(targetOf((await campaignProgress(db, member().scope, '2026-11-30'))!.total, 'official')).toMatchObject({ before: 6, staff: 0, police: 0 });
  });

  it('gives each hamlet of the report the people due by the day under every target for its groups, and the people still needed', async () => {
    const { db } = database();
    const { scope } = staff['kiemtra-bimson'];
    const report = (await campaignReport(db, scope, (await campaignProgress(db, scope, DAY))!.place!.id, DAY))!;
    const row = report.hamlets.find((h) => h.id === kp5())!;
    // Officials: 100 % by 20/12, 13 of 31 days in: 41.9 % of 40 is 16.8, so 17 people; 8 are at level 2.
    expect(row.groups.official).toMatchObject({ population: 40, due: 17, gap: 9 });
    expect(row.due).toBe(Object.values(row.groups).reduce((n, g) => n + g.due, 0));
    expect(report.total.gap).toBe(report.hamlets.reduce((n, h) => n + h.gap, 0));
    expect(report.total.reached.total).toBe(report.hamlets.reduce((n, h) => n + h.reached.total, 0));
  });

  it('carries a phased target on from its previous step, not from zero', async () => {
    const { db } = database();
    await db.insert(campaignTargets).values({ targetGroup: 'official', percent: 100, startsOn: '2027-01-01', dueOn: '2027-01-31' });
    await db.update(campaignTargets).set({ percent: 50 }).where(and(eq(campaignTargets.targetGroup, 'official'), eq(campaignTargets.dueOn, '2026-12-20')));
    const progress = (await campaignProgress(db, member().scope, '2027-01-01'))!;
    const second = progress.total.targets.find((t) => t.target.targetGroup === 'official' && t.target.dueOn === '2027-01-31')!;
    expect(second.expected).toBeGreaterThan(50);
    await db.delete(campaignTargets).where(eq(campaignTargets.dueOn, '2027-01-31'));
    await db.update(campaignTargets).set({ percent: 100 }).where(and(eq(campaignTargets.targetGroup, 'official'), eq(campaignTargets.dueOn, '2026-12-20')));
  });

  it('writes the report as a short text for Zalo: the ward, the day, the totals and a line per hamlet', async () => {
    const { db } = database();
    const { scope } = staff['kiemtra-bimson'];
    const report = (await campaignReport(db, scope, (await campaignProgress(db, scope, DAY))!.place!.id, DAY))!;
    const lines = reportText(report).split('\n');
    expect(lines[0]).toBe('Phường Bỉm Sơn: báo cáo ngày 2/12/2026');
    expect(lines[1]).toBe(`Đạt mức 2: ${report.total.reached.total}/${report.total.population.toLocaleString('vi-VN')} người (${(report.total.share! / 100).toLocaleString('vi-VN', { style: 'percent', maximumFractionDigits: 1 })}), trong ngày thêm 1 người.`);
    expect(lines).toContain('- Khu phố 5: 8/40 (20%), trong ngày +1, còn thiếu 9');
    expect(lines).toHaveLength(5 + report.hamlets.length);
  });

  it('gives the admin the whole area by ward, a supervisor their ward by hamlet, a member their hamlet, and nothing of another ward', async () => {
    const { db } = database();
    const area = (await campaignProgress(db, staff.admin.scope, DAY))!;
    expect(area.place?.kind).toBe('area');
    expect(area.units.map((u) => u.kind)).toEqual(['ward', 'ward']);
    const ward = (await campaignProgress(db, staff['kiemtra-bimson'].scope, DAY))!;
    expect(ward.place).toMatchObject({ kind: 'ward', name: 'Phường Bỉm Sơn' });
    expect(ward.units).toHaveLength(21);
    expect(area.units.find((u) => u.id === ward.place!.id)).toMatchObject({ people: ward.total.people, reached: ward.total.reached, gap: ward.total.gap });
    expect((await campaignProgress(db, staff.admin.scope, DAY, { wardId: ward.place!.id }))!.total).toEqual(ward.total);
    const own = (await campaignProgress(db, member().scope, DAY))!;
    expect(own.place).toMatchObject({ kind: 'hamlet', name: 'Khu phố 5' });
    expect(own.units.map((u) => u.id)).toEqual([kp5()]);

    const [quangTrung] = await db.select({ id: places.id }).from(places).where(eq(places.code, 'quang-trung'));
    const user = await createStaffUser(db, { username: 'kiemtra-quangtrung', displayName: 'Tổ kiểm tra Quang Trung', passwordHash: 'x', role: 'supervisor', wardId: quangTrung.id });
    const other = await scopeOf(db, user);
    expect(await campaignProgress(db, other, DAY, { wardId: ward.place!.id })).toBeNull();
    expect(await campaignProgress(db, other, DAY, { hamletId: kp5() })).toBeNull();
    expect(await campaignReport(db, other, ward.place!.id, DAY)).toBeNull();
    expect(await campaignReport(db, member().scope, ward.place!.id, DAY)).toMatchObject({ hamletIds: [kp5()] });
  });
});
