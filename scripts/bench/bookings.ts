import { sql } from 'drizzle-orm';
import { type DbConfig } from '@/db/config';
import { openDatabase } from '@/db/client';
import { rawRows } from '@/db/queries/raw-sql';

interface Slot {
  helpPointId: number;
  startsAt: string;
}

/** Every bookable seat of every help point over the coming days, each listed once per seat. */
export async function freeSeats(baseUrl: string, days: string[]): Promise<Slot[]> {
  const { helpPoints } = (await (await fetch(`${baseUrl}/api/help-points`)).json()) as { helpPoints: { id: number }[] };
  const seats: Slot[] = [];
  for (const point of helpPoints) {
    for (const day of days) {
      const { slots } = (await (await fetch(`${baseUrl}/api/help-points/${point.id}/slots?date=${day}`)).json()) as { slots: { startsAt: string; seatsLeft: number }[] };
      for (const slot of slots) for (let i = 0; i < slot.seatsLeft; i++) seats.push({ helpPointId: point.id, startsAt: slot.startsAt });
    }
  }
  return seats;
}

/** Booking bodies, each a different person, walking through the free seats. */
export function bookingBodies(seats: Slot[]) {
  let n = 0;
  return () => {
    const seat = seats[n % seats.length];
    n++;
    return { ...seat, fullName: `Người thử ${n}`, phone: `090${String(n).padStart(7, '0')}`, people: 1, need: 'unsure', consent: true };
  };
}

/** Slots whose active bookings hold more people than the slot has seats. */
export async function oversoldSlots(config: DbConfig): Promise<number> {
  const database = await openDatabase(config);
  try {
    const [{ n }] = await rawRows<{ n: number }>(
      database.db,
      sql`
      select count(*)::int as n from (
        select b.help_point_id, b.starts_at
        from bookings b join help_points h on h.id = b.help_point_id
        where b.status in ('pending', 'confirmed')
        group by b.help_point_id, b.starts_at, h.seats_per_slot
        having sum(b.people) > h.seats_per_slot
      ) oversold`,
    );
    return n;
  } finally {
    await database.close();
  }
}
