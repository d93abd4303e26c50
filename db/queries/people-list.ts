import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { PersonClosing, PersonSource, PersonStage } from '@/lib/campaign/person-values';
import type { PeopleListFilter } from '@/lib/campaign/visit-list-filter';
import { normalizePhone } from '@/lib/phone';
import { ACCENTED, nameKeyPattern, PLAIN } from '@/lib/search/name-key';
import type { OutcomeBlocker, OutcomeStep, TargetGroup } from '@/lib/staff/outcome-values';
import type { Db } from '../client';
import { people } from '../schema';
import { personStates } from './person-state';
import { rawRows } from './raw-sql';
import { inScope, type Scope, scopeFilter } from './staff';

/** One entry of the visit list: the person as the register holds them, and their state at the end of the day. */
export interface PeopleListRow {
  id: number;
  hamletId: number;
  hamletName: string;
  fullName: string;
  /** When their personal data was removed: the list says so instead of a name. */
  anonymisedAt: Date | null;
  birthYear: number | null;
  phone: string | null;
  address: string;
  /** The address as households are told apart (no diacritics, lower case, single spaces); '' when there is none. */
  household: string;
  source: PersonSource;
  targetGroup: TargetGroup;
  stage: PersonStage;
  blocker: OutcomeBlocker | null;
  furthestStep: OutcomeStep | null;
  stepSelfReported: boolean;
  closedAs: PersonClosing | null;
  /** The Vietnamese day someone marked "contacted", and who. */
  contactedOn: string | null;
  contactedBy: string | null;
}

interface Row {
  total: string | number;
  id: number | null;
  hamlet_id: number;
  hamlet_name: string;
  full_name: string;
  anonymised_at: Date | string | null;
  birth_year: number | null;
  phone: string | null;
  address: string;
  household: string;
  source: PersonSource;
  target_group: TargetGroup;
  stage: PersonStage;
  blocker: OutcomeBlocker | null;
  furthest_step: OutcomeStep | null;
  step_self_reported: boolean | null;
  closed_as: PersonClosing | null;
  contacted_on: string | null;
  contacted_by: string | null;
}

/** The hamlets whose people are read: the one chosen if in scope (none if not), else the whole scope. */
function hamletsOf(scope: Scope, hamletId: number | undefined): number[] | undefined {
  if (hamletId) return inScope(scope, hamletId) ? [hamletId] : [];
  return scope.all ? undefined : scope.hamletIds;
}

/** A name typed with or without diacritics, or a phone in any form, matched against everyone merged into the person too. */
function searchCondition(term: string): SQL {
  const phone = normalizePhone(term);
  const byName = sql`m.name_key like ${nameKeyPattern(term)}`;
  return sql`and s.id in (select coalesce(m.merged_into_id, m.id) from people m where ${phone ? sql`(${byName} or m.phone = ${phone})` : byName})`;
}

/** The same key as lib/search/name-key.ts gives a name, for an address: the one test of "the same household" in a hamlet. */
const householdKey = sql`lower(translate(regexp_replace(btrim(normalize(p.address, NFC)), '\\s+', ' ', 'g'), ${ACCENTED}, ${PLAIN}))`;

/**
 * One page of the visit list at the end of `day`, and how many people the
 * whole list has. People come by khu phố, then household by household
 * (people without an address last), then by name: a round on foot, street
 * by street. Each person's state is person-state.ts's, never worked out here.
 */
export async function peopleListPage(db: Db, scope: Scope, filter: PeopleListFilter, day: string, limit: number, offset: number) {
  const rows = await rawRows<Row>(
    db,
    sql`with s as (${personStates({ day, hamletIds: hamletsOf(scope, filter.hamletId), detail: true })}),
      f as (
        select s.id, s.hamlet_id, h.name as hamlet_name, p.full_name, p.anonymised_at, p.name_key, p.birth_year, p.phone, p.address, ${householdKey} as household,
          p.source, s.target_group, s.stage, s.blocker, s.furthest_step, s.step_self_reported, s.closed_as,
          (p.contacted_at at time zone 'Asia/Ho_Chi_Minh')::date::text as contacted_on, u.display_name as contacted_by,
          w.sort_order as ward_order, h.sort_order as hamlet_order
        from s
          join people p on p.id = s.id
          join places h on h.id = s.hamlet_id
          join places w on w.id = h.parent_id
          left join staff_users u on u.id = p.contacted_by
        where true
          ${filter.stages ? sql`and s.stage = any(${sql.param([...filter.stages])}::text[])` : sql``}
          ${filter.term ? searchCondition(filter.term) : sql``}
      )
      select t.total, r.* from (select count(*) as total from f) t
      left join lateral (
        select * from f order by ward_order, hamlet_order, hamlet_id, household = '', household, name_key, id limit ${limit} offset ${offset}
      ) r on true`,
  );
  return { total: Number(rows[0]?.total ?? 0), rows: rows.filter((row) => row.id !== null).map(entryOf) };
}

function entryOf(row: Row): PeopleListRow {
  return {
    id: Number(row.id),
    hamletId: Number(row.hamlet_id),
    hamletName: row.hamlet_name,
    fullName: row.full_name,
    anonymisedAt: row.anonymised_at === null ? null : new Date(row.anonymised_at),
    birthYear: row.birth_year === null ? null : Number(row.birth_year),
    phone: row.phone,
    address: row.address,
    household: row.household,
    source: row.source,
    targetGroup: row.target_group,
    stage: row.stage,
    blocker: row.blocker,
    furthestStep: row.furthest_step,
    stepSelfReported: row.step_self_reported === true,
    closedAs: row.closed_as,
    contactedOn: row.contacted_on,
    contactedBy: row.contacted_by,
  };
}

/**
 * The whole list for an export, page after page in the list's own order, so
 * the file holds exactly the rows the pages show. Each batch reads the
 * states of the scope once: large batches keep that to a few reads for a town.
 */
export async function* peopleListBatches(db: Db, scope: Scope, filter: PeopleListFilter, day: string, batchSize = 5000): AsyncGenerator<PeopleListRow[]> {
  for (let offset = 0; ; offset += batchSize) {
    const { rows } = await peopleListPage(db, scope, filter, day, batchSize, offset);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
  }
}

/** A person of the register (not one merged into another), if in scope: what a mark's notice and the house-visit form name. */
export async function personInScope(db: Db, scope: Scope, id: number) {
  const [person] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, id), isNull(people.mergedIntoId), scopeFilter(scope, people.hamletId)));
  return person;
}
