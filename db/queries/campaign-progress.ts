import { and, asc, type Column, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { daysLeft, expectedByToday, shareOf } from '@/lib/campaign/pro-rate';
import { OUTCOME_BLOCKERS, type OutcomeBlocker, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { addDays, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { bookings, type CampaignTarget, hamletPopulation, helpPoints, outcomes, places } from '../schema';
import { listTargets } from './campaign-targets';
import type { Scope } from './staff';

export type { TargetGroup } from '@/lib/staff/outcome-values';
import type { TargetGroup } from '@/lib/staff/outcome-values';

/*
 * What the campaign counts, for the dashboard and the daily report alike:
 * - booked: people on active bookings (pending or confirmed) at the hamlet's help points; came: those checked in;
 * - activated: outcomes confirmed by staff with the step 'activated';
 * - self-reported: citizens' own reports of 'activated', not yet confirmed;
 * - blocked: outcomes not rejected, with a blocker and without 'activated', by blocker.
 */
const hasActivated = sql`'activated' = any(${outcomes.steps})`;
export const countActivated = (extra?: SQL) => sql<number>`count(*) filter (where ${outcomes.status} = 'confirmed' and ${hasActivated}${extra ? sql` and ${extra}` : sql``})`.mapWith(Number);
export const countSelfReported = (extra?: SQL) => sql<number>`count(*) filter (where ${outcomes.status} = 'self-reported' and ${hasActivated}${extra ? sql` and ${extra}` : sql``})`.mapWith(Number);
export const countBlocked = (extra?: SQL) =>
  sql<number>`count(*) filter (where ${outcomes.status} <> 'rejected' and ${outcomes.blocker} is not null and not ${hasActivated}${extra ? sql` and ${extra}` : sql``})`.mapWith(Number);

export interface Funnel {
  booked: number;
  came: number;
  activated: number;
  selfReported: number;
  blocked: number;
}

export interface TargetProgress {
  target: CampaignTarget;
  activated: number;
  population: number;
  /** Percent reached, null without a population. */
  share: number | null;
  expected: number;
  daysLeft: number;
  /** Short of the share expected by today; encouraged targets never are. */
  behind: boolean;
}

export interface UnitProgress {
  id: number;
  name: string;
  kind: 'ward' | 'hamlet';
  funnel: Funnel;
  blockers: Record<OutcomeBlocker, number>;
  population: number;
  targets: TargetProgress[];
}

export interface CampaignProgress {
  today: string;
  /** The place whose hamlets the totals cover (all of them, or those in scope): the area, a ward, a hamlet; null for hamlets of several wards. */
  place: { id: number; name: string; kind: 'area' | 'ward' | 'hamlet'; ward?: { id: number; name: string } } | null;
  total: Omit<UnitProgress, 'id' | 'name' | 'kind'>;
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
        scope.all ? undefined : inArray(places.id, scope.hamletIds.length ? scope.hamletIds : [-1]),
        focus.wardId !== undefined ? eq(ward.id, focus.wardId) : undefined,
        focus.hamletId !== undefined ? eq(places.id, focus.hamletId) : undefined,
      ),
    )
    .orderBy(asc(ward.sortOrder), asc(places.sortOrder), asc(places.id));
}

const emptyBlockers = () => Object.fromEntries(OUTCOME_BLOCKERS.map((b) => [b, 0])) as Record<OutcomeBlocker, number>;
const emptyGroups = () => Object.fromEntries(TARGET_GROUPS.map((g) => [g, 0])) as Record<TargetGroup, number>;

/** Counts of one place (or the sum of several), before they are held against the targets. */
interface Tally {
  funnel: Funnel;
  blockers: Record<OutcomeBlocker, number>;
  activatedBy: Record<TargetGroup, number>;
  populationBy: Record<TargetGroup, number>;
}

const emptyTally = (): Tally => ({ funnel: { booked: 0, came: 0, activated: 0, selfReported: 0, blocked: 0 }, blockers: emptyBlockers(), activatedBy: emptyGroups(), populationBy: emptyGroups() });

function addTally(into: Tally, from: Tally) {
  for (const key of Object.keys(into.funnel) as (keyof Funnel)[]) into.funnel[key] += from.funnel[key];
  for (const b of OUTCOME_BLOCKERS) into.blockers[b] += from.blockers[b];
  for (const g of TARGET_GROUPS) {
    into.activatedBy[g] += from.activatedBy[g];
    into.populationBy[g] += from.populationBy[g];
  }
}

const sum = (byGroup: Record<TargetGroup, number>) => TARGET_GROUPS.reduce((n, g) => n + byGroup[g], 0);

/** A tally held against each target: the share reached, the share expected by today (see lib/campaign/pro-rate.ts), the days left. */
export function targetProgress(tally: Pick<Tally, 'activatedBy' | 'populationBy'>, targets: CampaignTarget[], today: string): TargetProgress[] {
  return targets.map((target) => {
    const activated = target.targetGroup ? tally.activatedBy[target.targetGroup] : sum(tally.activatedBy);
    const population = target.targetGroup ? tally.populationBy[target.targetGroup] : sum(tally.populationBy);
    const share = shareOf(activated, population);
    const expected = expectedByToday(target, today);
    return { target, activated, population, share, expected, daysLeft: daysLeft(target, today), behind: !target.encouraged && share !== null && share < expected };
  });
}

/**
 * How far the campaign is in a scope on a day: the funnel, blockers and
 * targets for the whole, and the same for each ward (the whole area) or each
 * hamlet. Null when the focus is outside the scope. Two round trips: the
 * hamlets, then together the targets and three grouped counts (bookings,
 * outcomes, populations), each one scan of its table.
 */
export async function campaignProgress(db: Db, scope: Scope, today: string, focus: Focus = {}): Promise<CampaignProgress | null> {
  const hamlets = await campaignHamlets(db, scope, focus);
  if (hamlets.length === 0) return null;
  const byWard = scope.all && focus.wardId === undefined && focus.hamletId === undefined;
  // The whole area needs no list of ids: every hamlet is in it.
  const ids = byWard ? undefined : hamlets.map((h) => h.id);
  const within = (column: Column) => (ids ? inArray(column, ids) : undefined);
  const [booked, counted, population, targets] = await Promise.all([
    db
      .select({
        hamletId: helpPoints.hamletId,
        booked: sql<number>`coalesce(sum(${bookings.people}), 0)`.mapWith(Number),
        came: sql<number>`coalesce(sum(${bookings.people}) filter (where ${bookings.checkedInAt} is not null), 0)`.mapWith(Number),
      })
      .from(bookings)
      .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
      .where(and(inArray(bookings.status, ['pending', 'confirmed']), within(helpPoints.hamletId)))
      .groupBy(helpPoints.hamletId),
    db
      .select({ hamletId: outcomes.hamletId, group: outcomes.targetGroup, blocker: outcomes.blocker, activated: countActivated(), selfReported: countSelfReported(), blocked: countBlocked() })
      .from(outcomes)
      .where(and(within(outcomes.hamletId), lt(outcomes.createdAt, toInstant(addDays(today, 1), '00:00'))))
      .groupBy(outcomes.hamletId, outcomes.targetGroup, outcomes.blocker),
    db
      .select({ hamletId: hamletPopulation.hamletId, group: hamletPopulation.targetGroup, people: hamletPopulation.people })
      .from(hamletPopulation)
      .where(within(hamletPopulation.hamletId)),
    listTargets(db),
  ]);

  const tallies = new Map(hamlets.map((h) => [h.id, emptyTally()]));
  for (const row of booked) {
    const tally = tallies.get(row.hamletId);
    if (tally) Object.assign(tally.funnel, { booked: row.booked, came: row.came });
  }
  for (const row of counted) {
    const tally = tallies.get(row.hamletId);
    if (!tally) continue;
    tally.funnel.activated += row.activated;
    tally.funnel.selfReported += row.selfReported;
    tally.funnel.blocked += row.blocked;
    tally.activatedBy[row.group] += row.activated;
    if (row.blocker) tally.blockers[row.blocker] += row.blocked;
  }
  for (const row of population) {
    const tally = tallies.get(row.hamletId);
    if (tally) tally.populationBy[row.group] += row.people;
  }

  const units = new Map<number, { id: number; name: string; kind: 'ward' | 'hamlet'; tally: Tally }>();
  const total = emptyTally();
  for (const hamlet of hamlets) {
    const tally = tallies.get(hamlet.id)!;
    addTally(total, tally);
    const key = byWard ? hamlet.wardId : hamlet.id;
    if (!units.has(key)) units.set(key, byWard ? { id: hamlet.wardId, name: hamlet.wardName, kind: 'ward', tally: emptyTally() } : { id: hamlet.id, name: hamlet.name, kind: 'hamlet', tally: emptyTally() });
    addTally(units.get(key)!.tally, tally);
  }
  const summary = (tally: Tally) => ({ funnel: tally.funnel, blockers: tally.blockers, population: sum(tally.populationBy), targets: targetProgress(tally, targets, today) });
  const first = hamlets[0];
  const place = byWard
    ? { id: first.areaId, name: first.areaName, kind: 'area' as const }
    : hamlets.length === 1
      ? { id: first.id, name: first.name, kind: 'hamlet' as const, ward: { id: first.wardId, name: first.wardName } }
      : hamlets.every((h) => h.wardId === first.wardId)
        ? { id: first.wardId, name: first.wardName, kind: 'ward' as const }
        : null;
  return {
    today,
    place,
    total: summary(total),
    units: [...units.values()].map(({ tally, ...unit }) => ({ ...unit, ...summary(tally) })),
    targets,
  };
}
