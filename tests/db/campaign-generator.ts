import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import type { StaffActor } from '@/db/queries/audit';
import { importPoliceList } from '@/db/queries/police-import';
import { bookings, campaignTargets, hamletPopulation, helpPoints, outcomes, people, places } from '@/db/schema';
import { dueShare, peopleFor } from '@/lib/campaign/people-due';
import { daysBetween } from '@/lib/campaign/pro-rate';
import { PERSON_CLOSINGS, type PersonClosing, type Reached } from '@/lib/campaign/person-values';
import { OUTCOME_BLOCKERS, type OutcomeBlocker, type OutcomeStep, TARGET_GROUPS, type TargetGroup } from '@/lib/staff/outcome-values';
import { addDays, localDate, toInstant } from '@/lib/time';
import type { SeededRandom } from './seeded-random';

export const START = '2026-11-20';
export const END = '2026-12-20';
/** The day a newer police list comes, shorter by 500 people and naming some at level 2. */
export const REIMPORT = '2026-12-10';

interface GenPerson {
  hamletId: number;
  group: TargetGroup;
  source: 'police-list' | 'booking' | 'outcome' | 'self-report';
  createdAt: Date;
  level2Source: 'before' | 'police' | null;
  level2On: string | null;
  absentSince: string | null;
  closedAs: PersonClosing | null;
  closedAt: Date | null;
  contactedAt: Date | null;
  mergedInto: number | null;
  id: number;
}

interface GenOutcome {
  person: number;
  createdAt: Date;
  /** When staff confirmed or rejected it; a staff record's own time; null while a citizen's report waits. */
  reviewedAt: Date | null;
  status: 'confirmed' | 'self-reported' | 'rejected';
  activated: boolean;
  blocker: OutcomeBlocker | null;
}

interface GenBooking {
  person: number;
  createdAt: Date;
  startsAt: Date;
  /** Cancelled or declined at this time; null while active. */
  endedAt: Date | null;
  checkedInAt: Date | null;
}

export interface Campaign {
  people: GenPerson[];
  outcomes: GenOutcome[];
  bookings: GenBooking[];
  population: { hamletId: number; group: TargetGroup; people: number; level2Before: number }[];
  wardHamlets: number[];
}

const minutes = (at: Date, n: number) => new Date(at.getTime() + n * 60_000);

/**
 * Writes a campaign of about two thousand people into the database: the
 * police's list (40 % at level 2 before the campaign), people from bookings,
 * outcomes and self-reports, repeated and contradictory outcomes, citizens'
 * reports confirmed or rejected days later, closings, a few merged people, a
 * later list that drops 500 people and names others at level 2, and the
 * populations. Returns what it wrote, for the count made in the test.
 */
export async function generateCampaign(db: Db, random: SeededRandom, wardCode: string, otherWardCode: string, importer: StaffActor): Promise<Campaign> {
  const hamletsOf = async (code: string) => {
    const [ward] = await db.select({ id: places.id }).from(places).where(eq(places.code, code));
    return (await db.select({ id: places.id }).from(places).where(eq(places.parentId, ward.id))).map((h) => h.id);
  };
  const wardHamlets = await hamletsOf(wardCode);
  const otherHamlets = (await hamletsOf(otherWardCode)).slice(0, 2);
  const anyTime = (from = START, to = END) => minutes(toInstant(addDays(from, random.int(0, daysBetween(from, to))), '00:00'), random.int(0, 1439));
  const person = (source: GenPerson['source'], createdAt: Date): GenPerson => ({
    hamletId: random.chance(0.9) ? random.pick(wardHamlets) : random.pick(otherHamlets),
    group: random.pick(TARGET_GROUPS),
    source,
    createdAt,
    level2Source: null,
    level2On: null,
    absentSince: null,
    closedAs: null,
    closedAt: null,
    contactedAt: null,
    mergedInto: null,
    id: 0,
  });

  const listed = Array.from({ length: 1500 }, () => person('police-list', toInstant(START, '08:00')));
  for (const p of listed) if (random.chance(0.4)) Object.assign(p, { level2Source: 'before', level2On: START });
  const others = Array.from({ length: 400 }, () => person(random.pick(['booking', 'outcome', 'self-report'] as const), toInstant(END, '23:00')));
  const all = [...listed, ...others];
  const anyone = () => random.int(0, all.length - 1);

  const records: GenOutcome[] = [];
  const staffRecord = (p: number, at: Date, activated: boolean, blocker: OutcomeBlocker | null) => records.push({ person: p, createdAt: at, reviewedAt: at, status: 'confirmed', activated, blocker });
  for (let i = 0; i < 1500; i++) staffRecord(anyone(), anyTime(), random.chance(0.35), random.chance(0.5) ? random.pick(OUTCOME_BLOCKERS) : null);
  for (let i = 0; i < 60; i++) {
    const [p, at] = [anyone(), anyTime()];
    staffRecord(p, at, false, random.pick(OUTCOME_BLOCKERS));
    staffRecord(p, minutes(at, random.int(30, 5 * 1440)), true, null);
  }
  for (let i = 0; i < 40; i++) {
    const [p, at] = [anyone(), anyTime()];
    staffRecord(p, at, true, null);
    staffRecord(p, minutes(at, random.int(30, 5 * 1440)), true, null);
  }
  for (let i = 0; i < 40; i++) {
    const [p, at] = [anyone(), anyTime()];
    staffRecord(p, at, true, null);
    staffRecord(p, minutes(at, random.int(30, 5 * 1440)), false, random.pick(OUTCOME_BLOCKERS));
  }
  for (let i = 0; i < 300; i++) {
    const at = anyTime();
    const activated = random.chance(0.8);
    const fate = random.next();
    const reviewedAt = fate < 0.4 ? null : minutes(at, random.int(60, 6 * 1440));
    records.push({ person: random.chance(0.5) ? listed.length + random.int(0, others.length - 1) : anyone(), createdAt: at, reviewedAt, status: fate < 0.4 ? 'self-reported' : fate < 0.75 ? 'confirmed' : 'rejected', activated, blocker: activated ? null : random.pick(OUTCOME_BLOCKERS) });
  }

  const booked: GenBooking[] = Array.from({ length: 500 }, () => {
    const createdAt = anyTime();
    const startsAt = toInstant(addDays(localDate(createdAt), random.int(0, 3)), '08:00');
    const fate = random.next();
    return { person: anyone(), createdAt, startsAt, endedAt: fate < 0.2 ? minutes(createdAt, random.int(10, 4 * 1440)) : null, checkedInAt: fate >= 0.2 && random.chance(0.6) ? minutes(startsAt, 5) : null };
  });

  for (const [i, p] of others.entries()) {
    const index = listed.length + i;
    const times = [...records.filter((r) => r.person === index), ...booked.filter((b) => b.person === index)].map((r) => r.createdAt.getTime());
    p.createdAt = new Date(Math.min(...times, anyTime().getTime()));
  }
  for (let i = 0; i < 80; i++) Object.assign(all[anyone()], { closedAs: random.pick(PERSON_CLOSINGS), closedAt: anyTime() });
  for (let i = 0; i < 300; i++) listed[random.int(0, listed.length - 1)].contactedAt = anyTime();
  const shuffled = [...listed].sort(() => random.next() - 0.5);
  for (const p of shuffled.slice(0, 500)) p.absentSince = REIMPORT;
  for (const p of shuffled.slice(500).filter((p) => p.level2Source === null).slice(0, 150)) Object.assign(p, { level2Source: 'police', level2On: REIMPORT });
  // A few people found twice, merged into the other: their records count for the one kept.
  const kept = new Set<number>();
  for (const p of others.slice(0, 25)) {
    const root = listed.findIndex((q, j) => q.hamletId === p.hamletId && !kept.has(j));
    if (root < 0) continue;
    p.mergedInto = root;
    kept.add(root);
  }

  // The police's lists come in as a ward's team brings them: through the import, on the first day and again on REIMPORT.
  const codeOf = new Map((await db.select({ id: places.id, code: places.code }).from(places)).map((place) => [place.id, place.code]));
  const policeList = (day: string) =>
    listed.flatMap((p, i) =>
      p.absentSince !== null && p.absentSince <= day
        ? []
        : [{ fullName: `Người thử ${i}`, hamlet: codeOf.get(p.hamletId)!, phone: `+8491${String(i).padStart(7, '0')}`, idNumber: `0${38_000_000_000 + i}`, status: p.level2On !== null && p.level2On <= day ? 'Mức 2' : 'Chưa kích hoạt' }],
    );
  for (const day of [START, REIMPORT]) {
    const result = await importPoliceList(db, importer, { all: true }, policeList(day), `ds-cong-an-${day}.csv`, undefined, toInstant(day, '08:00'));
    if (!result.ok) throw new Error(`the generated police list was refused: ${JSON.stringify(result.reports.slice(0, 3))}`);
  }
  const imported = new Map((await db.select({ id: people.id, fullName: people.fullName }).from(people).where(eq(people.source, 'police-list'))).map((row) => [row.fullName, row.id]));
  for (const [i, p] of listed.entries()) {
    p.id = imported.get(`Người thử ${i}`)!;
    await db.update(people).set({ targetGroup: p.group, contactedAt: p.contactedAt, closedAs: p.closedAs, closedAt: p.closedAt }).where(eq(people.id, p.id));
  }

  for (let i = listed.length; i < all.length; i += 400) {
    const chunk = all.slice(i, i + 400);
    const ids = await db
      .insert(people)
      .values(
        chunk.map((p, j) => ({
          hamletId: p.hamletId,
          source: p.source,
          fullName: `Người thử ${i + j}`,
          phone: `+8491${String(i + j).padStart(7, '0')}`,
          targetGroup: p.group,
          contactedAt: p.contactedAt,
          closedAs: p.closedAs,
          closedAt: p.closedAt,
          createdAt: p.createdAt,
        })),
      )
      .returning({ id: people.id });
    ids.forEach(({ id }, j) => (chunk[j].id = id));
  }
  for (const p of all.filter((q) => q.mergedInto !== null)) await db.update(people).set({ mergedIntoId: all[p.mergedInto!].id }).where(eq(people.id, p.id));

  const pointOf = new Map((await db.select({ id: helpPoints.id, hamletId: helpPoints.hamletId }).from(helpPoints)).map((h) => [h.hamletId, h.id]));
  for (let i = 0; i < records.length; i += 400) {
    await db.insert(outcomes).values(
      records.slice(i, i + 400).map((r) => ({
        hamletId: all[r.person].hamletId,
        personId: all[r.person].id,
        fullName: 'Người thử',
        steps: (r.activated ? ['app-installed', 'activated'] : ['app-installed']) satisfies OutcomeStep[],
        blocker: r.blocker,
        status: r.status,
        createdAt: r.createdAt,
        reviewedAt: r.reviewedAt,
      })),
    );
  }
  await db.insert(bookings).values(
    booked.map((b, i) => ({
      code: `GEN${i}`,
      tokenHash: `h${i}`,
      helpPointId: pointOf.get(all[b.person].hamletId)!,
      personId: all[b.person].id,
      startsAt: b.startsAt,
      people: 1,
      fullName: 'Người thử',
      phone: '+84910000000',
      need: 'not-activated' as const,
      status: b.endedAt ? random.pick(['cancelled', 'declined'] as const) : random.pick(['pending', 'confirmed'] as const),
      checkedInAt: b.checkedInAt,
      consentAt: b.createdAt,
      consentVersion: 'test',
      createdAt: b.createdAt,
      updatedAt: b.endedAt ?? b.createdAt,
    })),
  );

  const population: Campaign['population'] = [];
  for (const hamletId of wardHamlets) {
    for (const group of TARGET_GROUPS) {
      const listedHere = all.filter((p) => p.mergedInto === null && p.hamletId === hamletId && p.group === group).length;
      population.push({ hamletId, group, people: listedHere + random.int(0, 40), level2Before: random.int(0, 15) });
    }
  }
  await db.delete(hamletPopulation).where(inArray(hamletPopulation.hamletId, [...wardHamlets, ...otherHamlets]));
  await db.insert(hamletPopulation).values(population.map((p) => ({ hamletId: p.hamletId, targetGroup: p.group, people: p.people, level2Before: p.level2Before })));
  // A second step for other citizens: 50 % by the 20th, then all of them by the 31st.
  await db.insert(campaignTargets).values({ targetGroup: 'other-citizen', percent: 100, startsOn: '2026-12-21', dueOn: '2026-12-31' });
  return { people: all, outcomes: records, bookings: booked, population, wardHamlets };
}

export interface PersonState {
  hamletId: number;
  group: TargetGroup;
  reached: Reached | null;
  reachedOn: string | null;
  stage: 'reached' | 'closed' | 'absent' | 'self-reported' | 'other';
  blocker: OutcomeBlocker | null;
  bookedOn: string | null;
  cameOn: string | null;
}

function groupBy<T>(list: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of list) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const earliest = (dates: Date[]) => (dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : null);

/**
 * Each person's state at the end of a day, worked out here in plain code from
 * what was generated, by the rules person-state.ts states: what happened
 * after the day does not count, a booking counts from when it was made until
 * it is cancelled, "activated" once from the first confirmation, a citizen's
 * word until staff confirm or reject it.
 */
export function statesOn(campaign: Campaign, day: string): PersonState[] {
  const end = toInstant(addDays(day, 1), '00:00');
  const before = (at: Date | null) => at !== null && at < end;
  const rootOf = (index: number) => campaign.people[index].mergedInto ?? index;
  const outcomesOf = groupBy(campaign.outcomes.map((o, order) => ({ ...o, order })), (o) => rootOf(o.person));
  const bookingsOf = groupBy(campaign.bookings, (b) => rootOf(b.person));

  return campaign.people.flatMap((p, index) => {
    if (p.mergedInto !== null || !before(p.createdAt)) return [];
    const mine = outcomesOf.get(index) ?? [];
    const staffAt = earliest(mine.filter((o) => o.activated && o.status === 'confirmed' && before(o.reviewedAt)).map((o) => o.reviewedAt!));
    const waiting = mine.filter((o) => o.activated && before(o.createdAt) && !before(o.reviewedAt));
    // The latest record known at the end of the day: a review counts from when it was made.
    const known = mine.filter((o) => before(o.createdAt) && !(o.status === 'rejected' && before(o.reviewedAt)));
    const when = (o: GenOutcome) => (before(o.reviewedAt) ? o.reviewedAt! : o.createdAt).getTime();
    const latest = known.reduce<(typeof known)[number] | null>((a, o) => (!a || when(o) > when(a) || (when(o) === when(a) && o.order > a.order) ? o : a), null);
    const active = (bookingsOf.get(index) ?? []).filter((b) => before(b.createdAt) && !before(b.endedAt));
    const bookedAt = earliest(active.map((b) => b.createdAt));
    const cameAt = earliest(active.map((b) => b.checkedInAt).filter(before) as Date[]);
    const reached: Reached | null = p.level2Source === 'before' && p.level2On! <= day ? 'before' : staffAt ? 'staff' : p.level2Source === 'police' && p.level2On! <= day ? 'police' : null;
    const closed = p.closedAs !== null && before(p.closedAt);
    return [
      {
        hamletId: p.hamletId,
        group: p.group,
        reached,
        reachedOn: reached === 'staff' ? localDate(staffAt!) : reached === 'police' ? p.level2On : null,
        stage: reached ? 'reached' : closed ? 'closed' : p.absentSince !== null && p.absentSince <= day ? 'absent' : waiting.length ? 'self-reported' : 'other',
        blocker: reached || closed ? null : (latest?.blocker ?? null),
        bookedOn: bookedAt && localDate(bookedAt),
        cameOn: cameAt && localDate(cameAt),
      },
    ];
  });
}

/** The figures a place shows, counted from the states: the same shape as the dashboard's and the report's. */
export function figuresOf(states: PersonState[], campaign: Campaign, hamletIds: number[], targets: Parameters<typeof dueShare>[1], day: string) {
  const dayAndTotal = (list: (string | null)[]) => ({ day: list.filter((d) => d === day).length, total: list.filter((d) => d !== null).length });
  const here = states.filter((s) => hamletIds.includes(s.hamletId));
  const blockers = Object.fromEntries(OUTCOME_BLOCKERS.map((b) => [b, here.filter((s) => s.blocker === b).length]));
  let [population, due, gap, level2Before] = [0, 0, 0, 0];
  for (const row of campaign.population.filter((r) => hamletIds.includes(r.hamletId))) {
    const reached = here.filter((s) => s.hamletId === row.hamletId && s.group === row.group && s.reached).length + row.level2Before;
    const owed = peopleFor(row.people, dueShare(row.group, targets, day));
    population += row.people;
    level2Before += row.level2Before;
    due += owed;
    gap += Math.max(0, owed - reached);
  }
  const staff = dayAndTotal(here.map((s) => (s.reached === 'staff' ? s.reachedOn : null)));
  const police = dayAndTotal(here.map((s) => (s.reached === 'police' ? s.reachedOn : null)));
  const before = here.filter((s) => s.reached === 'before').length + level2Before;
  return {
    people: here.length,
    booked: dayAndTotal(here.map((s) => s.bookedOn)),
    came: dayAndTotal(here.map((s) => s.cameOn)),
    staff,
    police,
    before,
    reached: { day: staff.day + police.day, total: before + staff.total + police.total },
    selfReported: here.filter((s) => s.stage === 'self-reported').length,
    blocked: here.filter((s) => s.blocker).length,
    blockers,
    absent: here.filter((s) => s.stage === 'absent').length,
    closed: here.filter((s) => s.stage === 'closed').length,
    population,
    due,
    gap,
  };
}

export type Figures = ReturnType<typeof figuresOf>;
