import { count, eq, isNull } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { campaignTargets, hamletPopulation, helpPoints, places, staffUsers } from '@/db/schema';
import { isDatabaseEmpty, placesFileSchema, readPlacesFile, seedArea } from '@/db/seed';
import { describeEachEngine } from './test-database';

describeEachEngine('seeding the places', (database) => {
  it('starts empty after migrations', async () => {
    expect(await isDatabaseEmpty(database().db)).toBe(true);
  });

  it('loads the province, its wards and their hamlets, with no town in between', async () => {
    const { db } = database();
    await seedArea(db, readPlacesFile());

    const roots = await db.select().from(places).where(isNull(places.parentId));
    expect(roots.map((p) => [p.kind, p.name])).toEqual([['province', 'Tỉnh Thanh Hóa']]);
    const wards = await db.select().from(places).where(eq(places.parentId, roots[0].id)).orderBy(places.sortOrder);
    expect(wards.map((w) => [w.kind, w.name])).toEqual([
      ['ward', 'Phường Bỉm Sơn'],
      ['ward', 'Phường Quang Trung'],
    ]);

    const hamlets = await db.select().from(places).where(eq(places.parentId, wards[0].id));
    expect(hamlets.map((h) => h.name)).toContain('Khu phố Xuân Nội');
    const [kp5] = await db.select().from(helpPoints).innerJoin(places, eq(helpPoints.hamletId, places.id)).where(eq(places.code, 'dong-son-kp5'));
    expect(kp5.help_points).toMatchObject({ name: 'Nhà văn hóa khu phố 5', address: 'Khu phố 5, Phường Bỉm Sơn, Tỉnh Thanh Hóa' });
  });

  it('changes nothing when run again', async () => {
    const { db } = database();
    const before = await db.select().from(places).orderBy(places.id);
    const pointsBefore = await db.select().from(helpPoints).orderBy(helpPoints.id);
    await seedArea(db, readPlacesFile());
    expect(await db.select().from(places).orderBy(places.id)).toEqual(before);
    expect(await db.select().from(helpPoints).orderBy(helpPoints.id)).toEqual(pointsBefore);
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('seeds the plan\'s targets and the hamlets\' populations once, and keeps what staff changed since', async () => {
    const { db } = database();
    const targets = await db.select().from(campaignTargets).orderBy(campaignTargets.id);
    expect(targets.map((t) => [t.targetGroup, t.percent, t.encouraged])).toContainEqual(['student', 100, true]);
    expect(targets.find((t) => t.targetGroup === null)).toMatchObject({ percent: 100, dueOn: '2026-12-31' });
    const [kp5] = await db.select().from(places).where(eq(places.code, 'dong-son-kp5'));
    await db.update(campaignTargets).set({ percent: 90 }).where(eq(campaignTargets.id, targets[0].id));
    await db.update(hamletPopulation).set({ people: 7 }).where(eq(hamletPopulation.hamletId, kp5.id));
    await seedArea(db, readPlacesFile());
    expect(await db.select({ n: count() }).from(campaignTargets)).toEqual([{ n: targets.length }]);
    expect((await db.select().from(campaignTargets).where(eq(campaignTargets.id, targets[0].id)))[0].percent).toBe(90);
    const kp5Population = await db.select().from(hamletPopulation).where(eq(hamletPopulation.hamletId, kp5.id));
    expect(kp5Population.map((p) => p.people)).toEqual([7, 7, 7, 7, 7]);
  });

  it('refuses a hamlet without a parent', async () => {
    const { db } = database();
    await expect(db.insert(places).values({ code: 'orphan', kind: 'hamlet', name: 'Orphan' })).rejects.toThrow();
    const [row] = await db.select({ n: count() }).from(places).where(eq(places.code, 'orphan'));
    expect(row.n).toBe(0);
  });

  it('answers a ping', async () => {
    await expect(database().ping()).resolves.toBeUndefined();
  });
});

/** The shape of the demo data before July 2025: the town of Bỉm Sơn and its own wards. */
const townOf2023 = placesFileSchema.parse({
  town: { code: 'bim-son', name: 'Thị xã Bỉm Sơn' },
  wards: [
    {
      code: 'dong-son',
      kind: 'ward',
      name: 'Phường Đông Sơn',
      hamlets: [
        { code: 'dong-son-kp5', name: 'Khu phố 5' },
        { code: 'dong-son-kp7', name: 'Khu phố 7' },
        { code: 'dong-son-old-only', name: 'Khu phố Chỉ Có Trước Đây' },
      ],
    },
    { code: 'ba-dinh', kind: 'ward', name: 'Phường Ba Đình', hamlets: [{ code: 'ba-dinh-demo-1', name: 'Khu phố Demo 1 (Ba Đình)' }] },
    { code: 'quang-trung', kind: 'commune', name: 'Xã Quang Trung', hamlets: [{ code: 'quang-trung-demo-1', name: 'Thôn Demo 1 (Quang Trung)' }] },
  ],
  demoAccounts: [{ username: 'kiemtra-dongson', displayName: 'Tổ kiểm tra Đông Sơn (demo)', role: 'supervisor', ward: 'dong-son', password: 'demo-kiemtra-2026' }],
});

describeEachEngine('re-seeding a database of the town of before July 2025', (database) => {
  const ids: Record<string, number> = {};
  const pointOf = async (hamletCode: string) =>
    (await database().db.select().from(helpPoints).where(eq(helpPoints.hamletId, ids[hamletCode])))[0];

  it('keeps every hamlet and help point, moves them into the merged wards and removes the town and the former wards', async () => {
    const { db } = database();
    await seedArea(db, townOf2023, '2026-11-20');
    for (const row of await db.select().from(places)) ids[row.code] = row.id;
    await db.update(helpPoints).set({ address: 'Số 2 đường Trần Phú' }).where(eq(helpPoints.hamletId, ids['dong-son-kp7']));
    const pointsBefore = await db.select({ id: helpPoints.id, hamletId: helpPoints.hamletId }).from(helpPoints).orderBy(helpPoints.id);

    await seedArea(db, readPlacesFile(), '2026-11-20');

    const byCode = new Map((await db.select().from(places)).map((p) => [p.code, p]));
    expect(byCode.get('thanh-hoa')).toMatchObject({ kind: 'province', parentId: null });
    expect(byCode.get('bim-son')).toMatchObject({ kind: 'ward', name: 'Phường Bỉm Sơn', parentId: byCode.get('thanh-hoa')!.id });
    expect(byCode.get('quang-trung')).toMatchObject({ kind: 'ward', name: 'Phường Quang Trung', id: ids['quang-trung'] });
    for (const gone of ['dong-son', 'ba-dinh']) expect(byCode.has(gone)).toBe(false);
    expect(await db.select().from(places).where(isNull(places.parentId))).toHaveLength(1);

    for (const code of ['dong-son-kp5', 'dong-son-kp7', 'ba-dinh-demo-1']) expect(byCode.get(code)).toMatchObject({ id: ids[code], parentId: ids['bim-son'] });
    expect(byCode.get('dong-son-old-only')).toMatchObject({ parentId: ids['bim-son'] });
    expect(byCode.get('quang-trung-demo-1')).toMatchObject({ id: ids['quang-trung-demo-1'], name: 'Thôn Demo 1 (Quang Trung cũ)', parentId: ids['quang-trung'] });
    const pointsAfter = await db.select({ id: helpPoints.id, hamletId: helpPoints.hamletId }).from(helpPoints).orderBy(helpPoints.id);
    expect(pointsAfter.slice(0, pointsBefore.length)).toEqual(pointsBefore);
  });

  it('gives a help point at its generated address the new one, and leaves one staff changed alone', async () => {
    expect(await pointOf('dong-son-kp5')).toMatchObject({ name: 'Nhà văn hóa khu phố 5', address: 'Khu phố 5, Phường Bỉm Sơn, Tỉnh Thanh Hóa' });
    expect((await pointOf('dong-son-kp7')).address).toBe('Số 2 đường Trần Phú');
    expect((await pointOf('quang-trung-demo-1')).name).toBe('Nhà văn hóa thôn Demo 1 (Quang Trung cũ)');
  });

  it('makes the former ward\'s supervisor the supervisor of the ward it merged into', async () => {
    const [user] = await database().db.select().from(staffUsers).where(eq(staffUsers.username, 'kiemtra-dongson'));
    expect(user.wardId).toBe(ids['bim-son']);
  });
});
