import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { dueShare, peopleFor } from '@/lib/campaign/people-due';
import { daysLeft, expectedByToday, shareOf } from '@/lib/campaign/pro-rate';
import { OUTCOME_BLOCKERS, type OutcomeBlocker, TARGET_GROUPS, type TargetGroup } from '@/lib/staff/outcome-values';
import type { Db } from '../client';
import { type CampaignTarget, hamletPopulation, places } from '../schema';
import { listTargets } from './campaign-targets';
import { type DayAndTotal, type PersonCounts, personCounts } from './person-counts';
import type { Scope } from './staff';

export type { DayAndTotal } from './person-counts';
export type { TargetGroup } from '@/lib/staff/outcome-values';

/** One target group of a place at the end of a day: its population, its people at level 2 by each way, and what the targets make due. */
export interface GroupTally {
  population: number;
  /** At level 2 before the campaign: in the register ('before'), and the supervisor's count beside the population. */
  before: number;
  staff: DayAndTotal;
  police: DayAndTotal;
  /** People due by the day under the targets (lib/campaign/people-due.ts), and those of them still missing. */
  due: number;
  gap: number;
}

/** A place's distinct people at the end of a day, counted by person-counts.ts, and per target group. */
export interface Tally {
  /** Everyone in the register. */
  people: number;
  booked: DayAndTotal;
  came: DayAndTotal;
  selfReported: number;
  blocked: number;
  blockers: Record<OutcomeBlocker, number>;
  absent: number;
  closed: number;
  groups: Record<TargetGroup, GroupTally>;
}

export interface TargetProgress {
  target: CampaignTarget;
  /** At level 2 by any way, and apart: before the campaign, by the campaign (staff), by a later police list. */
  reached: number;
  before: number;
  staff: number;
  police: number;
  population: number;
  /** Percent reached, null without a population. */
  share: number | null;
  expected: number;
  daysLeft: number;
  /** Short of the share expected by the day; encouraged targets never are. */
  behind: boolean;
}

/** A tally with its sums over the groups and its targets: what a screen or a report row shows of a place. */
export interface Progress extends Tally {
  population: number;
  before: number;
  staff: DayAndTotal;
  police: DayAndTotal;
  /** At level 2 by any way: on the day (staff and police; 'before' has no day) and in all. */
  reached: DayAndTotal;
  /** Percent reached, and percent due by the day; null without a population. */
  share: number | null;
  dueShare: number | null;
  due: number;
  gap: number;
  targets: TargetProgress[];
}

export interface UnitProgress extends Progress {
  id: number;
  name: string;
  kind: 'ward' | 'hamlet';
}

export interface CampaignProgress {
  day: string;
  /** The place whose hamlets the totals cover (all of them, or those in scope): the area, a ward, a hamlet; null for hamlets of several wards. */
  place: { id: number; name: string; kind: 'area' | 'ward' | 'hamlet'; ward?: { id: number; name: string } } | null;
  total: Progress;
  /** What the screen compares: the wards for the whole area, otherwise the hamlets. */
  units: UnitProgress[];
  targets: CampaignTarget[];
}

export type Focus = { wardId?: number; hamletId?: number };

const ward = alias(places, 'ward');
const area = alias(places, 'area');

/** The hamlets in scope, narrowed to a ward or one hamlet, with their ward and area, in the places' order. */
export function campaignHamlets(db: Db, scope: Scope, focus: Focus = {}) {
  return db
    .select({ id: places.id, name: places.name, code: places.code, wardId: ward.id, wardName: ward.name, areaId: area.id, areaName: area.name })
    .from(places)
    .innerJoin(ward, eq(places.parentId, ward.id))
    .innerJoin(area, eq(ward.parentId, area.id))
    .where(
      and(
        eq(places.kind, 'hamlet'),
        scope.all ? undefined : inArray(places.id, scope.hamletIds),
        focus.wardId !== undefined ? eq(ward.id, focus.wardId) : undefined,
        focus.hamletId !== undefined ? eq(places.id, focus.hamletId) : undefined,
      ),
    )
    .orderBy(asc(ward.sortOrder), asc(places.sortOrder), asc(places.id));
}

export type CampaignHamlet = Awaited<ReturnType<typeof campaignHamlets>>[number];

const zero = (): DayAndTotal => ({ day: 0, total: 0 });
const addTo = (into: DayAndTotal, from: DayAndTotal) => {
  into.day += from.day;
  into.total += from.total;
};
const emptyGroup = (): GroupTally => ({ population: 0, before: 0, staff: zero(), police: zero(), due: 0, gap: 0 });

export const emptyTally = (): Tally => ({
  people: 0,
  booked: zero(),
  came: zero(),
  selfReported: 0,
  blocked: 0,
  blockers: Object.fromEntries(OUTCOME_BLOCKERS.map((b) => [b, 0])) as Record<OutcomeBlocker, number>,
  absent: 0,
  closed: 0,
  groups: Object.fromEntries(TARGET_GROUPS.map((g) => [g, emptyGroup()])) as Record<TargetGroup, GroupTally>,
});

function addCounts(into: Tally, counts: PersonCounts) {
  into.people += counts.people;
  addTo(into.booked, counts.booked);
  addTo(into.came, counts.came);
  into.selfReported += counts.selfReported;
  into.blocked += counts.blocked;
  for (const b of OUTCOME_BLOCKERS) into.blockers[b] += counts.blockers[b];
  into.absent += counts.absent;
  into.closed += counts.closed;
  const group = into.groups[counts.group];
  group.before += counts.before;
  addTo(group.staff, counts.staff);
  addTo(group.police, counts.police);
}

function addTally(into: Tally, from: Tally) {
  for (const key of ['people', 'selfReported', 'blocked', 'absent', 'closed'] as const) into[key] += from[key];
  addTo(into.booked, from.booked);
  addTo(into.came, from.came);
  for (const b of OUTCOME_BLOCKERS) into.blockers[b] += from.blockers[b];
  for (const g of TARGET_GROUPS) {
    const group = into.groups[g];
    const other = from.groups[g];
    for (const key of ['population', 'before', 'due', 'gap'] as const) group[key] += other[key];
    addTo(group.staff, other.staff);
    addTo(group.police, other.police);
  }
}

const reachedOf = (group: GroupTally) => group.before + group.staff.total + group.police.total;

/**
 * Each hamlet's tally at the end of `day`: the people of personCounts, the
 * population and the supervisor's count of people at level 2 before the
 * campaign, and the people due and still missing per group. Due people are
 * rounded up per hamlet and group, so a ward's are the sum of its hamlets'.
 */
async function hamletTallies(db: Db, hamlets: CampaignHamlet[], day: string, wholeArea: boolean) {
  // The whole area needs no list of ids: every hamlet is in it.
  const ids = wholeArea ? undefined : hamlets.map((h) => h.id);
  const [targets, counts, population] = await Promise.all([
    listTargets(db),
    personCounts(db, day, ids),
    db
      .select({ hamletId: hamletPopulation.hamletId, group: hamletPopulation.targetGroup, people: hamletPopulation.people, level2Before: hamletPopulation.level2Before })
      .from(hamletPopulation)
      .where(ids ? inArray(hamletPopulation.hamletId, ids) : undefined),
  ]);
  const tallies = new Map(hamlets.map((h) => [h.id, emptyTally()]));
  for (const row of counts) {
    const tally = tallies.get(row.hamletId);
    if (tally) addCounts(tally, row);
  }
  for (const row of population) {
    const group = tallies.get(row.hamletId)?.groups[row.group];
    if (!group) continue;
    group.population += row.people;
    group.before += row.level2Before;
  }
  const shares = Object.fromEntries(TARGET_GROUPS.map((g) => [g, dueShare(g, targets, day)])) as Record<TargetGroup, number>;
  for (const tally of tallies.values()) {
    for (const g of TARGET_GROUPS) {
      const group = tally.groups[g];
      group.due = peopleFor(group.population, shares[g]);
      group.gap = Math.max(0, group.due - reachedOf(group));
    }
  }
  return { tallies, targets };
}

/** A tally held against each target: the share reached, the share expected by the day (see lib/campaign/pro-rate.ts), the days left. */
function targetProgress(tally: Tally, targets: CampaignTarget[], day: string): TargetProgress[] {
  return targets.map((target) => {
    const groups = target.targetGroup ? [tally.groups[target.targetGroup]] : Object.values(tally.groups);
    const sum = (of: (g: GroupTally) => number) => groups.reduce((n, g) => n + of(g), 0);
    const [before, staff, police, population] = [sum((g) => g.before), sum((g) => g.staff.total), sum((g) => g.police.total), sum((g) => g.population)];
    const reached = before + staff + police;
    const share = shareOf(reached, population);
    const expected = expectedByToday(target, day, targets);
    return { target, reached, before, staff, police, population, share, expected, daysLeft: daysLeft(target, day), behind: !target.encouraged && share !== null && share < expected };
  });
}

function progressOf(tally: Tally, targets: CampaignTarget[], day: string): Progress {
  const groups = Object.values(tally.groups);
  const sum = (of: (g: GroupTally) => number) => groups.reduce((n, g) => n + of(g), 0);
  const staff = { day: sum((g) => g.staff.day), total: sum((g) => g.staff.total) };
  const police = { day: sum((g) => g.police.day), total: sum((g) => g.police.total) };
  const [population, before, due] = [sum((g) => g.population), sum((g) => g.before), sum((g) => g.due)];
  const reached = { day: staff.day + police.day, total: before + staff.total + police.total };
  return {
    ...tally,
    population,
    before,
    staff,
    police,
    reached,
    share: shareOf(reached.total, population),
    dueShare: shareOf(due, population),
    due,
    gap: sum((g) => g.gap),
    targets: targetProgress(tally, targets, day),
  };
}

/**
 * The progress of some hamlets at the end of `day`: their total, and each
 * hamlet's, or each ward's (`byWard`, the whole area). Both the dashboard and
 * the daily report are made of it, so they cannot count differently.
 */
export async function hamletProgress(db: Db, hamlets: CampaignHamlet[], day: string, byWard: boolean) {
  const { tallies, targets } = await hamletTallies(db, hamlets, day, byWard);
  const units = new Map<number, { id: number; name: string; kind: 'ward' | 'hamlet'; tally: Tally }>();
  const total = emptyTally();
  for (const hamlet of hamlets) {
    const tally = tallies.get(hamlet.id)!;
    addTally(total, tally);
    const key = byWard ? hamlet.wardId : hamlet.id;
    if (!units.has(key)) units.set(key, byWard ? { id: hamlet.wardId, name: hamlet.wardName, kind: 'ward', tally: emptyTally() } : { id: hamlet.id, name: hamlet.name, kind: 'hamlet', tally: emptyTally() });
    addTally(units.get(key)!.tally, tally);
  }
  return {
    total: progressOf(total, targets, day),
    units: [...units.values()].map(({ tally, ...unit }): UnitProgress => ({ ...unit, ...progressOf(tally, targets, day) })),
    targets,
  };
}

/**
 * How far the campaign is in a scope at the end of a day: the funnel,
 * blockers and targets for the whole, and the same for each ward (the whole
 * area) or each hamlet. Null when the focus is outside the scope.
 */
export async function campaignProgress(db: Db, scope: Scope, day: string, focus: Focus = {}): Promise<CampaignProgress | null> {
  const hamlets = await campaignHamlets(db, scope, focus);
  if (hamlets.length === 0) return null;
  const byWard = scope.all && focus.wardId === undefined && focus.hamletId === undefined;
  const { total, units, targets } = await hamletProgress(db, hamlets, day, byWard);
  const first = hamlets[0];
  const place = byWard
    ? { id: first.areaId, name: first.areaName, kind: 'area' as const }
    : hamlets.length === 1
      ? { id: first.id, name: first.name, kind: 'hamlet' as const, ward: { id: first.wardId, name: first.wardName } }
      : hamlets.every((h) => h.wardId === first.wardId)
        ? { id: first.wardId, name: first.wardName, kind: 'ward' as const }
        : null;
  return { day, place, total, units, targets };
}
