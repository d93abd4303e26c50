import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { migrateDatabase } from '@/db/migrate';
import { rawRows } from '@/db/queries/raw-sql';
import { describeUpdate } from './describe-update';

describeUpdate('0016', 'the update to the anonymised marker', (database) => {
  it('marks the records retention had filled with "(đã xóa)" as of their removal, clears the text, and leaves the others', async () => {
    const { db } = database();
    await db.execute(sql`
      insert into places (id, code, kind, name, parent_id) values (1, 'p', 'province', 'Tỉnh', null), (2, 'w', 'ward', 'Phường', 1), (3, 'h', 'hamlet', 'Khu phố 5', 2);
      insert into help_points (id, hamlet_id, name, address, campaign_start, campaign_end) values (1, 3, 'Nhà văn hóa', 'Khu phố 5', '2026-11-20', '2026-12-31');
      insert into people (hamlet_id, source, full_name, phone, birth_year, updated_at)
        values (3, 'booking', '(đã xóa)', '(đã xóa)', 1970, '2026-12-01T01:00:00Z'), (3, 'booking', 'Lê Văn An', '+84911000001', null, '2026-11-25T01:00:00Z');
      insert into bookings (code, token_hash, help_point_id, starts_at, people, full_name, phone, need, notes, status, consent_at, consent_version, updated_at)
        values ('AAA-111', '(đã xóa)', 1, '2026-11-26T01:00:00Z', 2, '(đã xóa)', '(đã xóa)', 'unsure', '', 'confirmed', now(), 'v1', '2026-12-02T01:00:00Z'),
               ('BBB-222', 'h', 1, '2026-11-27T01:00:00Z', 1, 'Lê Văn An', '+84911000001', 'unsure', '', 'confirmed', now(), 'v1', '2026-11-25T01:00:00Z');
      insert into outcomes (hamlet_id, full_name, phone, steps, status, updated_at)
        values (3, '(đã xóa)', null, '{activated}', 'confirmed', '2026-12-03T01:00:00Z'), (3, 'Lê Văn An', '+84911000001', '{}', 'confirmed', '2026-11-25T01:00:00Z')`);

    await migrateDatabase(database());

    const rows = await rawRows<{ kind: string; full_name: string; phone: string | null; anonymised_at: Date | null }>(
      db,
      sql`select 'booking' as kind, full_name, phone, anonymised_at from bookings union all select 'outcome', full_name, phone, anonymised_at from outcomes
        union all select 'person', full_name, phone, anonymised_at from people order by kind, full_name`,
    );
    expect(rows.map((r) => [r.kind, r.full_name, r.phone, r.anonymised_at && new Date(r.anonymised_at).toISOString()])).toEqual([
      ['booking', '', '', '2026-12-02T01:00:00.000Z'],
      ['booking', 'Lê Văn An', '+84911000001', null],
      ['outcome', '', null, '2026-12-03T01:00:00.000Z'],
      ['outcome', 'Lê Văn An', '+84911000001', null],
      ['person', '', null, '2026-12-01T01:00:00.000Z'],
      ['person', 'Lê Văn An', '+84911000001', null],
    ]);
    expect(await rawRows(db, sql`select code from bookings where token_hash = ''`)).toEqual([{ code: 'AAA-111' }]);
  });
});
