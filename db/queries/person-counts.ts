import { sql } from 'drizzle-orm';
import { OUTCOME_BLOCKERS, type OutcomeBlocker, type TargetGroup } from '@/lib/staff/outcome-values';
import type { Db } from '../client';
import { personStates } from './person-state';
import { rawRows } from './raw-sql';
import type { Tx } from './tx';

/** A count of people at the end of a day, and of those who got there on that day. */
export interface DayAndTotal {
  day: number;
  total: number;
}

/** Distinct people of one hamlet and target group at the end of a day, by the rules of person-state.ts. */
export interface PersonCounts {
  hamletId: number;
  group: TargetGroup;
  /** Everyone in the register. */
  people: number;
  /** At level 2 before the campaign (the police's list said so when it first named them). */
  before: number;
  /** Activated, confirmed by staff: the campaign's own result. */
  staff: DayAndTotal;
  /** At level 2 by a later police list. */
  police: DayAndTotal;
  /** Still waiting for staff to confirm their own report of activating. */
  selfReported: number;
  blocked: number;
  blockers: Record<OutcomeBlocker, number>;
  booked: DayAndTotal;
  came: DayAndTotal;
  /** No longer on the police's list, and not reached. */
  absent: number;
  /** Moved away, died, refused. */
  closed: number;
  /** Still to help: the visit list's people. */
  toHelp: number;
}

interface Row {
  hamlet_id: number;
  target_group: TargetGroup;
  blocker: OutcomeBlocker | null;
  people: string;
  before: string;
  staff: string;
  staff_day: string;
  police: string;
  police_day: string;
  self_reported: string;
  booked: string;
  booked_day: string;
  came: string;
  came_day: string;
  absent: string;
  closed: string;
  to_help: string;
}

const emptyBlockers = () => Object.fromEntries(OUTCOME_BLOCKERS.map((b) => [b, 0])) as Record<OutcomeBlocker, number>;

/**
 * The people of the given hamlets (all without a list) counted at the end of
 * `day`, per hamlet and target group: the figures behind the dashboard, the
 * daily report and the exports alike. One scan of each record table.
 */
export async function personCounts(db: Db | Tx, day: string, hamletIds?: number[]): Promise<PersonCounts[]> {
  const rows = await rawRows<Row>(
    db,
    sql`with s as (${personStates({ day, hamletIds })})
      select hamlet_id, target_group, blocker,
        count(*) as people,
        count(*) filter (where reached = 'before') as before,
        count(*) filter (where reached = 'staff') as staff,
        count(*) filter (where reached = 'staff' and reached_on = ${day}::date) as staff_day,
        count(*) filter (where reached = 'police') as police,
        count(*) filter (where reached = 'police' and reached_on = ${day}::date) as police_day,
        count(*) filter (where stage = 'self-reported') as self_reported,
        count(*) filter (where booked_on is not null) as booked,
        count(*) filter (where booked_on = ${day}::date) as booked_day,
        count(*) filter (where came_on is not null) as came,
        count(*) filter (where came_on = ${day}::date) as came_day,
        count(*) filter (where stage = 'absent') as absent,
        count(*) filter (where stage = 'closed') as closed,
        count(*) filter (where stage in ('self-reported', 'blocked', 'came', 'booked', 'contacted', 'to-visit')) as to_help
      from s group by hamlet_id, target_group, blocker`,
  );
  const byKey = new Map<string, PersonCounts>();
  for (const row of rows) {
    const key = `${row.hamlet_id}|${row.target_group}`;
    let counts = byKey.get(key);
    if (!counts) {
      counts = emptyCounts(Number(row.hamlet_id), row.target_group);
      byKey.set(key, counts);
    }
    const n = (value: string) => Number(value);
    counts.people += n(row.people);
    counts.before += n(row.before);
    counts.staff.total += n(row.staff);
    counts.staff.day += n(row.staff_day);
    counts.police.total += n(row.police);
    counts.police.day += n(row.police_day);
    counts.selfReported += n(row.self_reported);
    counts.booked.total += n(row.booked);
    counts.booked.day += n(row.booked_day);
    counts.came.total += n(row.came);
    counts.came.day += n(row.came_day);
    counts.absent += n(row.absent);
    counts.closed += n(row.closed);
    counts.toHelp += n(row.to_help);
    if (row.blocker) {
      counts.blockers[row.blocker] += n(row.people);
      counts.blocked += n(row.people);
    }
  }
  return [...byKey.values()];
}

export function emptyCounts(hamletId: number, group: TargetGroup): PersonCounts {
  const zero = () => ({ day: 0, total: 0 });
  return { hamletId, group, people: 0, before: 0, staff: zero(), police: zero(), selfReported: 0, blocked: 0, blockers: emptyBlockers(), booked: zero(), came: zero(), absent: 0, closed: 0, toHelp: 0 };
}
