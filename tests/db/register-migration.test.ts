import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { migrateDatabase } from '@/db/migrate';
import { rawRows } from '@/db/queries/raw-sql';
import { linkRecordsToPeople } from '@/db/register-backfill';
import { describeUpdate } from './describe-update';

describeUpdate('0011', 'the update to the register of people keeps every record', (database) => {
  it('moves the visit list into the register with how far the team got, links every booking and outcome, and says what it matched', async () => {
    const { db } = database();
    await db.execute(sql`
      insert into places (id, code, kind, name, parent_id) values (1, 'p', 'province', 'Tỉnh', null), (2, 'w', 'ward', 'Phường', 1), (3, 'h', 'hamlet', 'Khu phố 5', 2);
      insert into staff_users (id, username, display_name, password_hash, role) values (1, 'a', 'Quản trị', 'x', 'admin');
      insert into help_points (id, hamlet_id, name, address, campaign_start, campaign_end) values (1, 3, 'Nhà văn hóa', 'Khu phố 5', '2026-11-20', '2026-12-31');
      insert into bookings (code, token_hash, help_point_id, starts_at, people, full_name, phone, need, status, consent_at, consent_version, created_at)
        values ('AAA-111', 'h', 1, '2026-11-26T01:00:00Z', 1, 'Lê Văn An', '+84911000001', 'not-activated', 'confirmed', now(), 'v1', '2026-11-25T01:00:00Z');
      insert into outcomes (hamlet_id, full_name, phone, steps, status, target_group, next_action, recorded_by, reviewed_by, created_at)
        values (3, 'LÊ VĂN AN', '+84911000001', '{app-installed}', 'confirmed', 'official', 'carrier-sim', 1, 1, '2026-11-26T02:00:00Z'),
               (3, 'Vũ Thị Bình', null, '{}', 'confirmed', 'other-citizen', null, 1, 1, '2026-11-26T03:00:00Z');
      insert into outcomes (hamlet_id, full_name, phone, steps, status, consent_at, created_at, updated_at)
        values (3, 'Lê Văn An', '+84911000001', '{activated}', 'confirmed', '2026-11-27T01:00:00Z', '2026-11-27T01:00:00Z', '2026-11-28T01:00:00Z');
      insert into follow_ups (hamlet_id, source, outcome_id, full_name, phone, status, status_at, status_by)
        select 3, 'outcome', id, 'LÊ VĂN AN', '+84911000001', 'contacted', '2026-11-27T00:00:00Z', 1 from outcomes where next_action = 'carrier-sim';
      insert into follow_ups (hamlet_id, source, person_key, full_name, birth_year, phone, status, status_at, status_by)
        values (3, 'police-list', 'k1', 'Trần Thị Cúc', 1970, '+84911000003', 'activated', '2026-11-29T00:00:00Z', 1),
               (3, 'police-list', 'k2', 'Đỗ Văn Dũng', 1971, null, 'moved-away', '2026-11-29T00:00:00Z', 1),
               (3, 'police-list', 'k3', 'Hà Thị Én', 1972, null, 'open', null, null)`);
    const before = await rawRows<{ bookings: number; outcomes: number }>(db, sql`select (select count(*)::int from bookings) as bookings, (select count(*)::int from outcomes) as outcomes`);

    await migrateDatabase(database());
    const report = await linkRecordsToPeople(db);

    // Bookings and outcomes not linked by the migration itself: the booking, Bình's outcome and An's own report.
    expect(report).toEqual({ bookings: 1, outcomes: 2, matched: 2, added: 1 });
    const people = await rawRows<{ id: number; full_name: string; source: string; person_key: string | null; target_group: string; contacted_at: Date | null; closed_as: string | null }>(
      db,
      sql`select id, full_name, source, person_key, target_group, contacted_at, closed_as from people order by id`,
    );
    const byName = Object.fromEntries(people.map((p) => [p.full_name, { source: p.source, person_key: p.person_key, target_group: p.target_group, closed_as: p.closed_as, contacted: p.contacted_at !== null }]));
    expect(byName).toEqual({
      'LÊ VĂN AN': { source: 'outcome', person_key: null, target_group: 'official', closed_as: null, contacted: true },
      'Trần Thị Cúc': { source: 'police-list', person_key: 'k1', target_group: 'other-citizen', closed_as: null, contacted: false },
      'Đỗ Văn Dũng': { source: 'police-list', person_key: 'k2', target_group: 'other-citizen', closed_as: 'moved-away', contacted: false },
      'Hà Thị Én': { source: 'police-list', person_key: 'k3', target_group: 'other-citizen', closed_as: null, contacted: false },
      'Vũ Thị Bình': { source: 'outcome', person_key: null, target_group: 'other-citizen', closed_as: null, contacted: false },
    });
    const idOf = (name: string) => people.find((p) => p.full_name === name)!.id;
    const an = idOf('LÊ VĂN AN');
    // The booking, the staff outcome and An's own report are one person; "activated" on the list became the confirmed outcome it stood for.
    expect(await rawRows(db, sql`select person_id from bookings`)).toEqual([{ person_id: an }]);
    const outcomes = await rawRows<{ id: number; person_id: number; steps: string[]; status: string; reviewed: boolean }>(
      db,
      sql`select id, person_id, steps, status, reviewed_at is not null as reviewed from outcomes order by id`,
    );
    expect(outcomes.map((o) => ({ person_id: o.person_id, steps: o.steps, status: o.status, reviewed: o.reviewed }))).toEqual([
      { person_id: an, steps: ['app-installed'], status: 'confirmed', reviewed: true },
      { person_id: idOf('Vũ Thị Bình'), steps: [], status: 'confirmed', reviewed: true },
      { person_id: an, steps: ['activated'], status: 'confirmed', reviewed: true },
      { person_id: idOf('Trần Thị Cúc'), steps: ['activated'], status: 'confirmed', reviewed: true },
    ]);
    const after = await rawRows<{ bookings: number; outcomes: number }>(db, sql`select (select count(*)::int from bookings) as bookings, (select count(*)::int from outcomes) as outcomes`);
    expect(after).toEqual([{ bookings: before[0].bookings, outcomes: before[0].outcomes + 1 }]);
    expect(await rawRows(db, sql`select to_regclass('follow_ups') as gone`)).toEqual([{ gone: null }]);
  });
});
