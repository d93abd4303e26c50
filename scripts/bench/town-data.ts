import { type SQL, sql } from 'drizzle-orm';
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
  /** People in the register, and in the populations. */
  people: number;
  bookings: number;
  outcomes: number;
  /** Of the people, those from the police's list (40 % of them at level 2 before the campaign). */
  imported: number;
}

export const TOWN: TownSize = { people: 70_000, bookings: 12_000, outcomes: 70_000, imported: 30_000 };

/** A person's group by their number: the shares above, in blocks of a hundred. */
const groupOf = (n: SQL) => {
  let from = 0;
  const cases = GROUP_SHARES.map(([group, share]) => {
    from += Math.round(share * 100);
    return sql`when ${n} % 100 < ${from} then ${group}`;
  });
  return sql`case ${sql.join(cases, sql` `)} end`;
};

/**
 * Fills a seeded database with a town's campaign as a register: populations
 * per hamlet and group adding up to `people`, that many people (the police's
 * list first, 40 % of it at level 2 before the campaign, some no longer on
 * the latest list, some closed), then bookings over the last 30 days (most
 * came) and outcomes of every case, status and blocker, each pointing to a
 * person, so most people have several records. Generated in SQL, so a million
 * rows take seconds; setseed makes runs comparable.
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
    const listed = sql`n <= ${size.imported}::int`;
    await tx.execute(sql`
      insert into people (hamlet_id, source, full_name, phone, birth_year, person_key, target_group, level2_source, level2_on, absent_since, closed_as, closed_at, created_at)
      select h.ids[1 + n % array_length(h.ids, 1)],
             case when ${listed} then 'police-list' when n % 2 = 0 then 'booking' else 'outcome' end,
             'Nguyễn Văn Thử ' || n, '+8491' || lpad(n::text, 7, '0'), 1940 + n % 60,
             case when ${listed} then 'bench-' || n end,
             ${groupOf(sql`n`)},
             case when ${listed} and n % 5 < 2 then 'before' end,
             case when ${listed} and n % 5 < 2 then current_date - 60 end,
             case when ${listed} and n % 10 = 9 then current_date - 5 end,
             case when n % 200 = 7 then 'moved-away' end,
             case when n % 200 = 7 then now() - interval '10 days' end,
             now() - interval '60 days'
      from generate_series(1, ${size.people}::int) n, (select array_agg(id order by id) ids from places where kind = 'hamlet') h`);
    await tx.execute(sql`
      insert into bookings (code, token_hash, help_point_id, person_id, starts_at, people, full_name, phone, need, status, checked_in_at, consent_at, consent_version, created_at, updated_at)
      select 'BENCH' || n, 'bench', hp.id, p.id,
             date_trunc('hour', now()) - make_interval(days => n % 30, mins => 20 * (n % 3)),
             1 + n % 2, p.full_name, p.phone, 'unsure',
             case when n % 20 = 0 then 'cancelled' else 'confirmed' end,
             case when n % 10 < 7 then now() - make_interval(days => n % 30) end,
             now(), 'bench', now() - make_interval(days => n % 30 + 2), now() - make_interval(days => n % 30)
      from generate_series(1, ${size.bookings}::int) n
      join people p on p.id = ${personNumbered(sql`n`)}
      join (select hamlet_id, min(id) id from help_points group by hamlet_id) hp on hp.hamlet_id = p.hamlet_id`);
    await insertOutcomes(tx as unknown as Db, size.outcomes);
  });
}

/** The person a record numbered n belongs to: spread over the register, so each person has several. */
const personNumbered = (n: SQL) => sql`(select min(id) from people) + (${n}::bigint * 7919) % (select count(*) from people)`;

/**
 * What autovacuum does within a minute of a bulk load: statistics for the
 * planner, and hint bits set, so the first timed query does not pay for
 * writing them on every page of a million fresh rows.
 */
export async function settle(db: Db): Promise<void> {
  for (const table of ['people', 'outcomes', 'bookings', 'hamlet_population']) await db.execute(sql.raw(`vacuum analyze ${table}`));
}

/**
 * Outcomes of the register's people, over the last 60 days: every case,
 * status and blocker, about half activated; citizens' reports still waiting
 * or rejected a day later among them.
 */
export async function insertOutcomes(db: Db, count: number, from = 1): Promise<void> {
  await db.execute(sql`
    insert into outcomes (hamlet_id, person_id, full_name, phone, "case", steps, blocker, target_group, next_action, status, created_at, reviewed_at, consent_at)
    select p.hamlet_id, p.id, p.full_name, p.phone,
           (array['approved-not-activated', 'not-registered', 'app-not-installed', 'level-2-needed'])[1 + n % 4],
           case when n % 2 = 0 then array['app-installed', 'activated'] else array['app-installed'] end,
           case when n % 2 = 1 then (array['no-chip-card', 'sim-not-own-name', 'no-smartphone', 'nfc-fails', 'face-fails', 'otp-not-received', 'waiting-approval', 'other'])[1 + (n / 2) % 8] end,
           p.target_group,
           case when n % 10 = 1 then 'carrier-sim' end,
           r.status, r.at,
           case r.status when 'confirmed' then r.at when 'rejected' then r.at + interval '1 day' end,
           case when r.status <> 'confirmed' then r.at end
    from generate_series(${from}::int, ${from + count - 1}::int) n
    join people p on p.id = ${personNumbered(sql`n`)}
    cross join lateral (select (array['confirmed', 'confirmed', 'confirmed', 'self-reported', 'rejected'])[1 + n % 5] as status, now() - make_interval(days => n % 60, secs => n % 86400) as at) r`);
}
