import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { outcomeListBatches, outcomeListPage } from '@/db/queries/outcome-lists';
import type { Scope } from '@/db/queries/staff';
import { outcomes } from '@/db/schema';
import { type OutcomeListFilter, outcomeFilterSchema } from '@/lib/campaign/outcome-filter';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

describeEachEngine('the lists of outcomes', (database: () => Database) => {
  const { hamlet, staff } = useDemoArea(database, ['huongdan-kp5', 'kiemtra-bimson', 'admin']);
  const names = async (scope: Scope, filter: OutcomeListFilter = {}) => (await outcomeListPage(database().db, scope, filter, 500, 0)).rows.map((r) => r.fullName).sort();
  const admin = () => staff.admin.scope;

  it('seeds people in three hamlets of two wards', async () => {
    const { db } = database();
    await db.insert(outcomes).values([
      { hamletId: hamlet['dong-son-kp5'], fullName: 'Nguyễn Thị Hường', phone: '+84912345678', case: 'approved-not-activated', steps: ['app-installed', 'activated'], targetGroup: 'official', status: 'confirmed', createdAt: toInstant('2026-11-20', '08:00') },
      { hamletId: hamlet['dong-son-kp5'], fullName: 'Trần Văn Bình', case: 'not-registered', blocker: 'no-chip-card', status: 'self-reported', createdAt: toInstant('2026-11-21', '23:30') },
      { hamletId: hamlet['dong-son-kp7'], fullName: 'Lê Thị Hương', blocker: 'sim-not-own-name', targetGroup: 'student', status: 'confirmed', createdAt: toInstant('2026-11-22', '00:10') },
      { hamletId: hamlet['bac-son-demo-1'], fullName: 'Phạm Hường Quang', case: 'level-2-needed', status: 'rejected', createdAt: toInstant('2026-11-22', '10:00') },
    ]);
    expect(await names(admin())).toHaveLength(4);
  });

  it('keeps a member to their hamlets and a supervisor to their ward, even when asked for another hamlet', async () => {
    expect(await names(staff['huongdan-kp5'].scope)).toEqual(['Nguyễn Thị Hường', 'Trần Văn Bình']);
    expect(await names(staff['huongdan-kp5'].scope, { hamlet: hamlet['dong-son-kp7'] })).toEqual([]);
    expect(await names(staff['kiemtra-bimson'].scope)).toEqual(['Lê Thị Hương', 'Nguyễn Thị Hường', 'Trần Văn Bình']);
    expect(await names(staff['kiemtra-bimson'].scope, { hamlet: hamlet['bac-son-demo-1'] })).toEqual([]);
  });

  it('filters by hamlet, case, step, status, reason and group', async () => {
    expect(await names(admin(), { hamlet: hamlet['dong-son-kp7'] })).toEqual(['Lê Thị Hương']);
    expect(await names(admin(), { case: 'not-registered' })).toEqual(['Trần Văn Bình']);
    expect(await names(admin(), { step: 'activated' })).toEqual(['Nguyễn Thị Hường']);
    expect(await names(admin(), { status: 'confirmed' })).toEqual(['Lê Thị Hương', 'Nguyễn Thị Hường']);
    expect(await names(admin(), { blocker: 'sim-not-own-name' })).toEqual(['Lê Thị Hương']);
    expect(await names(admin(), { group: 'student' })).toEqual(['Lê Thị Hương']);
    expect(await names(admin(), { status: 'confirmed', group: 'official' })).toEqual(['Nguyễn Thị Hường']);
  });

  it('takes dates as whole local days, both ends included', async () => {
    expect(await names(admin(), { from: '2026-11-21', to: '2026-11-21' })).toEqual(['Trần Văn Bình']);
    expect(await names(admin(), { from: '2026-11-22' })).toEqual(['Lê Thị Hương', 'Phạm Hường Quang']);
    expect(await names(admin(), { to: '2026-11-20' })).toEqual(['Nguyễn Thị Hường']);
  });

  it('finds a name typed with or without diacritics, in any case and in decomposed form', async () => {
    for (const q of ['huong', 'HƯỜNG', 'Hường', 'Hường'.normalize('NFD'), 'thi huong']) {
      expect(await names(staff['kiemtra-bimson'].scope, { q }), q).toEqual(['Lê Thị Hương', 'Nguyễn Thị Hường']);
    }
    expect(await names(admin(), { q: 'hường quang' })).toEqual(['Phạm Hường Quang']);
    expect(await names(admin(), { q: '50%' })).toEqual([]);
  });

  it('finds a phone in any form booking accepts', async () => {
    for (const q of ['0912 345 678', '0912345678', '+84 912.345.678', '84912345678']) {
      expect(await names(admin(), { q }), q).toEqual(['Nguyễn Thị Hường']);
    }
  });

  it('pages newest first and counts the whole list', async () => {
    const { db } = database();
    const first = await outcomeListPage(db, admin(), {}, 3, 0);
    const second = await outcomeListPage(db, admin(), {}, 3, 3);
    expect(first.total).toBe(4);
    expect(first.rows.map((r) => r.fullName)).toEqual(['Phạm Hường Quang', 'Lê Thị Hương', 'Trần Văn Bình']);
    expect(second.rows.map((r) => r.fullName)).toEqual(['Nguyễn Thị Hường']);
  });

  it('reads an export in batches that hold every row exactly once, even rows recorded in the same microsecond', async () => {
    const { db } = database();
    await db.execute(sql`
      insert into outcomes (hamlet_id, full_name, status, created_at)
      select ${hamlet['dong-son-kp8']}, 'Người thứ ' || n, 'confirmed', timestamptz '2026-11-23 09:00:00.123456+07' + (n / 7) * interval '1 microsecond'
      from generate_series(1, 95) as n`);
    const filter = outcomeFilterSchema.parse({ hamlet: String(hamlet['dong-son-kp8']) });
    const batches = [];
    for await (const batch of outcomeListBatches(db, staff['kiemtra-bimson'].scope, filter, 10)) batches.push(batch);
    expect(batches.map((b) => b.length)).toEqual([...Array(9).fill(10), 5]);
    const ids = batches.flat().map((r) => r.id);
    expect(new Set(ids).size).toBe(95);
    const all = [];
    for await (const batch of outcomeListBatches(db, staff['huongdan-kp5'].scope, {}, 1)) all.push(...batch);
    expect(all.map((r) => r.fullName)).toEqual(['Trần Văn Bình', 'Nguyễn Thị Hường']);
  });

  it('refuses a filter it cannot read, with a message key per field', () => {
    const result = outcomeFilterSchema.safeParse({ hamlet: 'abc', case: 'nope', from: '2026-02-30', to: '', q: 'x'.repeat(101) });
    expect(result.success).toBe(false);
    expect(Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({ hamlet: 'hamlet', case: 'choice', from: 'date', q: 'tooLong' });
    expect(outcomeFilterSchema.safeParse({ from: '2026-11-22', to: '2026-11-21' }).error?.issues[0]).toMatchObject({ path: ['to'], message: 'range' });
    expect(outcomeFilterSchema.parse({ hamlet: '', case: '', q: '  ' })).toEqual({});
  });
});
