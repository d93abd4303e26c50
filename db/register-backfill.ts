import { sql } from 'drizzle-orm';
import type { Db } from './client';
import { rawRows } from './queries/raw-sql';

export interface BackfillReport {
  bookings: number;
  outcomes: number;
  /** Records that found a person already in the register (the police's list, or an earlier record). */
  matched: number;
  /** People the records brought into the register. */
  added: number;
}

/**
 * Links every booking and outcome that has no person yet to one, by the
 * register's rule (person_for, migration 0011): what a database from before
 * the register holds, and what a backup from then restores. An outcome of a
 * booking belongs to the booker when it names them. Does nothing when all are
 * linked; the report says what it matched.
 */
export async function linkRecordsToPeople(db: Db): Promise<BackfillReport> {
  return db.transaction(async (tx) => {
    const count = async () => Number((await rawRows<{ n: string }>(tx, sql`select count(*) as n from people`))[0].n);
    const before = await count();
    const bookings = await rawRows<{ id: number }>(
      tx,
      sql`update bookings b set person_id = person_for(hp.hamlet_id, b.full_name, b.phone, null, 'booking', b.created_at)
        from help_points hp where hp.id = b.help_point_id and b.person_id is null returning b.id`,
    );
    const outcomes = await rawRows<{ id: number }>(
      tx,
      sql`update outcomes o set person_id = coalesce(
          (select b.person_id from bookings b where b.id = o.booking_id and lower(b.full_name) = lower(normalize(o.full_name, NFC))),
          person_for(o.hamlet_id, o.full_name, o.phone, null, case when o.consent_at is null then 'outcome' else 'self-report' end, o.created_at))
        where o.person_id is null returning o.id`,
    );
    // A group staff chose for someone (not the form's default) moves the person into it, the latest choice winning.
    // Only when outcomes were just linked: on an ordinary start there is nothing to link, and no reason to read every outcome.
    if (outcomes.length) {
      await tx.execute(sql`update people p set target_group = g.target_group from (
        select distinct on (coalesce(pp.merged_into_id, pp.id)) coalesce(pp.merged_into_id, pp.id) as id, o.target_group
        from outcomes o join people pp on pp.id = o.person_id
        where o.target_group <> 'other-citizen' and o.status = 'confirmed'
        order by coalesce(pp.merged_into_id, pp.id), o.created_at desc, o.id desc) g
      where p.id = g.id and p.target_group = 'other-citizen'`);
    }
    const added = (await count()) - before;
    const records = bookings.length + outcomes.length;
    return { bookings: bookings.length, outcomes: outcomes.length, matched: records - added, added };
  });
}
