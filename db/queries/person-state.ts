import { type SQL, sql } from 'drizzle-orm';
import { OUTCOME_BLOCKERS, OUTCOME_STEPS } from '@/lib/staff/outcome-values';
import { addDays, toInstant } from '@/lib/time';

/**
 * Each person's state at the end of a day (Vietnamese time), derived from
 * their records: the one definition every campaign figure, list and export
 * counts from. One row per person in the register (a merged person's records
 * count for the person they were merged into), with these columns:
 *
 * - `reached`: how the person got to level 2, once: 'before' the campaign (the
 *   police's list said so when it first named them), 'staff' (a team member
 *   recorded or confirmed "activated"), or 'police' (a later police list says
 *   level 2). 'before' wins over the others, then 'staff'. A later blocker
 *   never takes it back.
 * - `reached_on`: the day they reached it ('staff': the first confirmation;
 *   'police': that list's day; 'before': null).
 * - `stage`: the one place the person is in, in this order: reached (as
 *   above), 'closed' (moved away, died, refused), 'absent' (no longer on the
 *   police's list), 'self-reported' (their own word, not yet confirmed),
 *   'blocked' (their latest record names a blocker), 'came', 'booked',
 *   'contacted', 'to-visit'.
 * - `blocker`: the latest record's blocker, unless reached or closed.
 * - `booked_on`, `came_on`: the first active booking was made / checked in.
 * - `furthest_step` (with `detail`): the furthest step staff confirmed, else
 *   the furthest the person reported themselves.
 *
 * A record counts from when it happened: an outcome from its recording, a
 * confirmation of a citizen's report from its review, a booking from the day
 * it was made (and not once it was cancelled).
 */
export function personStates({ day, hamletIds, detail = false }: { day: string; hamletIds?: number[]; detail?: boolean }): SQL {
  const end = toInstant(addDays(day, 1), '00:00').toISOString();
  const inHamlets = hamletIds ? sql`and p.hamlet_id = any(${sql.param(hamletIds)}::int[])` : sql``;
  const vnDay = (column: SQL) => sql`(${column} at time zone 'Asia/Ho_Chi_Minh')::date`;
  const counted = sql`o.created_at < ${end}::timestamptz and not (o.status = 'rejected' and o.reviewed_at < ${end}::timestamptz)`;
  const confirmed = sql`o.status = 'confirmed' and o.reviewed_at < ${end}::timestamptz`;
  // Not yet reviewed at the end of the day: a citizen's report (staff records are reviewed as they are made).
  const pending = sql`o.created_at < ${end}::timestamptz and (o.reviewed_at is null or o.reviewed_at >= ${end}::timestamptz)`;
  // A record takes its place in time when it was made, or when staff reviewed it if that was by the end of the day: a review still to come is not known yet.
  const happened = sql`case when o.reviewed_at < ${end}::timestamptz then o.reviewed_at else o.created_at end`;
  // The latest record's blocker: the greatest [when, id, blocker's position] picks it in one pass, which an ordered array_agg does with a sort per person.
  const blockers = sql`${sql.param([...OUTCOME_BLOCKERS])}::text[]`;
  const latest = sql`max(array[extract(epoch from ${happened}), o.id, coalesce(array_position(${blockers}, o.blocker), 0)])`;
  // Only the few people merged into another are looked up: a record's person is its own root otherwise. Inline, not a CTE, so PostgreSQL may aggregate in parallel.
  const merged = sql`(select id, merged_into_id from people where merged_into_id is not null) pp`;
  const rank = sql`(select max(array_position(${sql.param([...OUTCOME_STEPS])}::text[], s)) from unnest(o.steps) s)`;
  const steps = detail
    ? sql`, max(${rank}) filter (where ${confirmed}) as confirmed_rank, max(${rank}) filter (where ${pending}) as reported_rank`
    : sql``;
  return sql`
    with roots as (
      select p.id, p.hamlet_id, p.target_group, p.level2_source, p.level2_on, p.absent_since, p.closed_as, p.closed_at, p.contacted_at
      from people p
      where p.merged_into_id is null and p.created_at < ${end}::timestamptz ${inHamlets}
    ),
    o as (
      select coalesce(pp.merged_into_id, o.person_id) as root,
        min(o.reviewed_at) filter (where ${confirmed} and 'activated' = any(o.steps)) as staff_at,
        min(o.created_at) filter (where ${pending} and 'activated' = any(o.steps)) as reported_at,
        (${blockers})[((${latest} filter (where ${counted}))[3])::int] as last_blocker
        ${steps}
      from outcomes o left join ${merged} on pp.id = o.person_id
      where o.created_at < ${end}::timestamptz
      group by 1
    ),
    b as (
      select coalesce(pp.merged_into_id, b.person_id) as root, min(b.created_at) as booked_at, min(b.checked_in_at) filter (where b.checked_in_at < ${end}::timestamptz) as came_at
      from bookings b left join ${merged} on pp.id = b.person_id
      where b.created_at < ${end}::timestamptz and (b.status in ('pending', 'confirmed') or b.updated_at >= ${end}::timestamptz)
      group by 1
    ),
    facts as (
      select r.*, o.staff_at, o.reported_at, o.last_blocker, b.booked_at, b.came_at
        ${detail ? sql`, o.confirmed_rank, o.reported_rank` : sql``},
        case
          when r.level2_source = 'before' and r.level2_on <= ${day}::date then 'before'
          when o.staff_at is not null then 'staff'
          when r.level2_source = 'police' and r.level2_on <= ${day}::date then 'police'
        end as reached
      from roots r left join o on o.root = r.id left join b on b.root = r.id
    )
    select f.id, f.hamlet_id, f.target_group, f.reached,
      case f.reached when 'staff' then ${vnDay(sql`f.staff_at`)} when 'police' then f.level2_on end as reached_on,
      case
        when f.reached is not null then f.reached
        when f.closed_as is not null and f.closed_at < ${end}::timestamptz then 'closed'
        when f.absent_since <= ${day}::date then 'absent'
        when f.reported_at is not null then 'self-reported'
        when f.last_blocker is not null then 'blocked'
        when f.came_at is not null then 'came'
        when f.booked_at is not null then 'booked'
        when f.contacted_at < ${end}::timestamptz then 'contacted'
        else 'to-visit'
      end as stage,
      case when f.reached is null and not (f.closed_as is not null and f.closed_at < ${end}::timestamptz) then f.last_blocker end as blocker,
      case when f.closed_at < ${end}::timestamptz then f.closed_as end as closed_as,
      ${vnDay(sql`f.booked_at`)} as booked_on,
      ${vnDay(sql`f.came_at`)} as came_on,
      ${vnDay(sql`f.reported_at`)} as reported_on
      ${detail ? sql`, (${sql.param([...OUTCOME_STEPS])}::text[])[coalesce(f.confirmed_rank, f.reported_rank)] as furthest_step, f.confirmed_rank is null and f.reported_rank is not null as step_self_reported` : sql``}
    from facts f`;
}
