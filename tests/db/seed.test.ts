import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { places } from '@/db/schema';
import { isDatabaseEmpty, readPlacesFile, seedPlaces } from '@/db/seed';
import { describeEachEngine } from './test-database';

describeEachEngine('seeding the places', (database) => {
  it('starts empty after migrations', async () => {
    expect(await isDatabaseEmpty(database().db)).toBe(true);
  });

  it('loads the town, its wards and commune and their hamlets', async () => {
    const { db } = database();
    await seedPlaces(db, readPlacesFile());

    const town = await db.select().from(places).where(eq(places.kind, 'town'));
    expect(town.map((p) => p.name)).toEqual(['Thị xã Bỉm Sơn']);
    const wards = await db.select().from(places).where(eq(places.parentId, town[0].id));
    expect(wards).toHaveLength(7);
    expect(wards.filter((w) => w.kind === 'commune').map((w) => w.name)).toEqual(['Xã Quang Trung']);

    const dongSon = wards.find((w) => w.name === 'Phường Đông Sơn')!;
    const hamlets = await db.select().from(places).where(eq(places.parentId, dongSon.id));
    expect(hamlets).toHaveLength(12);
    expect(hamlets.map((h) => h.name)).toContain('Khu phố Xuân Nội');
  });

  it('changes nothing when run again', async () => {
    const { db } = database();
    const before = await db.select().from(places).orderBy(places.id);
    await seedPlaces(db, readPlacesFile());
    const after = await db.select().from(places).orderBy(places.id);
    expect(after).toEqual(before);
    expect(await isDatabaseEmpty(db)).toBe(false);
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
