import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rawRows } from '@/db/queries/raw-sql';

/** Shares of each target group in a town's population, roughly as a Vietnamese ward's lists would have them. */
const GROUP_SHARES: [string, number][] = [
  ['official', 0.05],
  ['youth-union', 0.08],
  ['mass-organisation', 0.2],
  ['student', 0.1],
  ['other-citizen', 0.57],
];

export interface TownSize {
  people: number;
  bookings: number;
  outcomes: number;
  imported: number;
}

export const TOWN: TownSize = { people: 70_000, bookings: 12_000, outcomes: 70_000, imported: 10_000 };

/**
 * Fills a seeded database with a town's campaign: populations per hamlet and
 * group adding up to `people`, bookings over the last 30 days (most came),
 * outcomes of every case, status and blocker, and people from the police's
 * list. Generated in SQL, so a million rows take seconds; setseed makes runs
 * comparable.
 */
export async function generateTown(db: Db, size: TownSize): Promise<void> {
  const hamlets = await rawRows<{ id: number }>(db, sql`select id from places where kind = 'hamlet' order by id`);
  const points = await rawRows<{ id: number }>(db, sql`select id from help_points order by id`);
  if (!hamlets.length || !points.length) throw new Error('seed the demo area before generating a town');
  const perHamlet = size.people / hamlets.length;
  await db.transaction(async (tx) => {
    await tx.execute(sql`select setseed(0.42)`);
    for (const [group, share] of GROUP_SHARES) {
      await tx.execute(sql`
        insert into hamlet_population (hamlet_id, target_group, people)
        select id, ${group}, ${Math.round(perHamlet * share)}::int from places where kind = 'hamlet'
        on conflict (hamlet_id, target_group) do update set people = excluded.people`);
    }
    await tx.execute(sql`
      insert into bookings (code, token_hash, help_point_id, starts_at, people, full_name, phone, need, status, checked_in_at, consent_at, consent_version)
      select 'BENCH' || n, 'bench', p.ids[1 + n % array_length(p.ids, 1)],
             date_trunc('hour', now()) - make_interval(days => n % 30, mins => 20 * (n % 3)),
             1 + n % 2, 'Người thử ' || n, '+8490' || lpad(n::text, 7, '0'), 'unsure',
             case when n % 20 = 0 then 'cancelled' else 'confirmed' end,
             case when n % 10 < 7 then now() - make_interval(days => n % 30) end,
             now(), 'bench'
      from generate_series(1, ${size.bookings}::int) n, (select array_agg(id order by id) ids from help_points) p`);
    await insertOutcomes(tx as unknown as Db, size.outcomes);
    await tx.execute(sql`
      insert into follow_ups (hamlet_id, source, person_key, full_name, birth_year, phone, status)
      select h.ids[1 + n % array_length(h.ids, 1)], 'police-list', 'bench-' || n, 'Nguyễn Văn Thử ' || n, 1940 + n % 60,
             case when n % 3 = 0 then '+8491' || lpad(n::text, 7, '0') end,
             (array['open', 'open', 'open', 'contacted', 'booked', 'activated'])[1 + n % 6]
      from generate_series(1, ${size.imported}::int) n, (select array_agg(id order by id) ids from places where kind = 'hamlet') h`);
  });
}

/**
 * What autovacuum does within a minute of a bulk load: statistics for the
 * planner, and hint bits set, so the first timed query does not pay for
 * writing them on every page of a million fresh rows.
 */
export async function settle(db: Db): Promise<void> {
  for (const table of ['outcomes', 'bookings', 'follow_ups', 'hamlet_population']) await db.execute(sql.raw(`vacuum analyze ${table}`));
}

/** Outcomes spread over hamlets, the last 60 days, every case, group, status and blocker; about half activated. */
export async function insertOutcomes(db: Db, count: number, from = 1): Promise<void> {
  await db.execute(sql`
    insert into outcomes (hamlet_id, full_name, phone, "case", steps, blocker, target_group, next_action, status, created_at, consent_at)
    select h.ids[1 + n % array_length(h.ids, 1)], 'Trần Thị Hường ' || n, '+8493' || lpad((n % 10000000)::text, 7, '0'),
           (array['approved-not-activated', 'not-registered', 'app-not-installed', 'level-2-needed'])[1 + n % 4],
           case when n % 2 = 0 then array['app-installed', 'activated'] else array['app-installed'] end,
           case when n % 2 = 1 then (array['no-chip-card', 'sim-not-own-name', 'no-smartphone', 'nfc-fails', 'face-fails', 'otp-not-received', 'waiting-approval', 'other'])[1 + (n / 2) % 8] end,
           (array['official', 'youth-union', 'mass-organisation', 'student', 'other-citizen', 'other-citizen'])[1 + n % 6],
           case when n % 10 = 1 then 'carrier-sim' end,
           (array['confirmed', 'confirmed', 'confirmed', 'self-reported', 'rejected'])[1 + n % 5],
           now() - make_interval(days => n % 60, secs => n % 86400),
           case when n % 5 = 3 then now() end
    from generate_series(${from}::int, ${from + count - 1}::int) n, (select array_agg(id order by id) ids from places where kind = 'hamlet') h`);
}
