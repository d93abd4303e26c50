import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { OUTCOME_BLOCKERS, OUTCOME_CASES, type OutcomeBlocker, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { addDays, toInstant } from '@/lib/time';
import type { Db } from '../client';
import { bookings, hamletPopulation, helpPoints, outcomes } from '../schema';
import { campaignHamlets, countActivated, countBlocked, countSelfReported, type TargetGroup } from './campaign-progress';
import type { Scope } from './staff';

/** A count for the day reported, and cumulative to its end. */
export interface DayAndTotal {
  day: number;
  total: number;
}

export type ReportCase = (typeof OUTCOME_CASES)[number] | 'none';

export interface CampaignReport {
  ward: { id: number; name: string };
  day: string;
  /** Fewer than the ward's hamlets when the reader's scope holds only some (a member). */
  hamletIds: number[];
  funnel: Record<'booked' | 'came' | 'activated' | 'selfReported' | 'blocked', DayAndTotal>;
  cases: Record<ReportCase, { recorded: DayAndTotal; activated: DayAndTotal }>;
  groups: Record<TargetGroup, { activated: DayAndTotal; population: number }>;
  blockers: Record<OutcomeBlocker, DayAndTotal>;
}

const zero = (): DayAndTotal => ({ day: 0, total: 0 });
const add = (into: DayAndTotal, day: number, total: number) => {
  into.day += day;
  into.total += total;
};

/** The wards (or communes) the reader may report on, in the places' order. */
export async function reportWards(db: Db, scope: Scope) {
  const hamlets = await campaignHamlets(db, scope);
  return [...new Map(hamlets.map((h) => [h.wardId, { id: h.wardId, name: h.wardName }])).values()];
}

/**
 * A ward's day as it is sent upward: bookings and activations, people per
 * case, activations per target group and blocked people per reason, for the
 * day (Vietnamese time) and cumulative to its end, counted as the dashboard
 * counts (see campaign-progress.ts). Bookings count on the day they are for.
 * Null when the ward has no hamlet in the reader's scope.
 */
export async function campaignReport(db: Db, scope: Scope, wardId: number, day: string): Promise<CampaignReport | null> {
  const hamlets = await campaignHamlets(db, scope, { wardId });
  if (hamlets.length === 0) return null;
  const ids = hamlets.map((h) => h.id);
  const start = toInstant(day, '00:00');
  const end = toInstant(addDays(day, 1), '00:00');
  const onDay = sql`${outcomes.createdAt} >= ${start}`;
  const [booked, counted, population] = await Promise.all([
    db
      .select({
        bookedDay: sql<number>`coalesce(sum(${bookings.people}) filter (where ${bookings.startsAt} >= ${start}), 0)`.mapWith(Number),
        bookedTotal: sql<number>`coalesce(sum(${bookings.people}), 0)`.mapWith(Number),
        cameDay: sql<number>`coalesce(sum(${bookings.people}) filter (where ${bookings.startsAt} >= ${start} and ${bookings.checkedInAt} is not null), 0)`.mapWith(Number),
        cameTotal: sql<number>`coalesce(sum(${bookings.people}) filter (where ${bookings.checkedInAt} is not null), 0)`.mapWith(Number),
      })
      .from(bookings)
      .innerJoin(helpPoints, eq(bookings.helpPointId, helpPoints.id))
      .where(and(inArray(helpPoints.hamletId, ids), inArray(bookings.status, ['pending', 'confirmed']), lt(bookings.startsAt, end))),
    db
      .select({
        case: outcomes.case,
        group: outcomes.targetGroup,
        blocker: outcomes.blocker,
        recordedDay: sql<number>`count(*) filter (where ${outcomes.status} <> 'rejected' and ${onDay})`.mapWith(Number),
        recordedTotal: sql<number>`count(*) filter (where ${outcomes.status} <> 'rejected')`.mapWith(Number),
        activatedDay: countActivated(onDay),
        activatedTotal: countActivated(),
        selfReportedDay: countSelfReported(onDay),
        selfReportedTotal: countSelfReported(),
        blockedDay: countBlocked(onDay),
        blockedTotal: countBlocked(),
      })
      .from(outcomes)
      .where(and(inArray(outcomes.hamletId, ids), lt(outcomes.createdAt, end)))
      .groupBy(outcomes.case, outcomes.targetGroup, outcomes.blocker),
    db
      .select({ group: hamletPopulation.targetGroup, people: sql<number>`sum(${hamletPopulation.people})`.mapWith(Number) })
      .from(hamletPopulation)
      .where(inArray(hamletPopulation.hamletId, ids))
      .groupBy(hamletPopulation.targetGroup),
  ]);

  const [b] = booked;
  const report: CampaignReport = {
    ward: { id: hamlets[0].wardId, name: hamlets[0].wardName },
    day,
    hamletIds: ids,
    funnel: { booked: { day: b.bookedDay, total: b.bookedTotal }, came: { day: b.cameDay, total: b.cameTotal }, activated: zero(), selfReported: zero(), blocked: zero() },
    cases: Object.fromEntries([...OUTCOME_CASES, 'none'].map((c) => [c, { recorded: zero(), activated: zero() }])) as CampaignReport['cases'],
    groups: Object.fromEntries(TARGET_GROUPS.map((g) => [g, { activated: zero(), population: population.find((p) => p.group === g)?.people ?? 0 }])) as CampaignReport['groups'],
    blockers: Object.fromEntries(OUTCOME_BLOCKERS.map((r) => [r, zero()])) as CampaignReport['blockers'],
  };
  for (const row of counted) {
    add(report.funnel.activated, row.activatedDay, row.activatedTotal);
    add(report.funnel.selfReported, row.selfReportedDay, row.selfReportedTotal);
    add(report.funnel.blocked, row.blockedDay, row.blockedTotal);
    const perCase = report.cases[row.case ?? 'none'];
    add(perCase.recorded, row.recordedDay, row.recordedTotal);
    add(perCase.activated, row.activatedDay, row.activatedTotal);
    add(report.groups[row.group].activated, row.activatedDay, row.activatedTotal);
    if (row.blocker) add(report.blockers[row.blocker], row.blockedDay, row.blockedTotal);
  }
  return report;
}
