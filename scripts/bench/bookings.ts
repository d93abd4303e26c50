import { eq, sql } from 'drizzle-orm';
import { type DbConfig } from '@/db/config';
import { openDatabase } from '@/db/client';
import { rawRows } from '@/db/queries/raw-sql';
import { helpPoints } from '@/db/schema';

export interface Slot {
  helpPointId: number;
  startsAt: string;
}

interface SlotSeats extends Slot {
  seatsLeft: number;
}

export async function helpPointIds(baseUrl: string): Promise<number[]> {
  const { helpPoints: points } = (await (await fetch(`${baseUrl}/api/help-points`)).json()) as { helpPoints: { id: number }[] };
  return points.map((point) => point.id).sort((a, b) => a - b);
}

/** The slots of the given help points over the coming days, with the seats each has left. */
export async function openSlots(baseUrl: string, pointIds: number[], days: string[]): Promise<SlotSeats[]> {
  const found: SlotSeats[] = [];
  for (const helpPointId of pointIds) {
    for (const day of days) {
      const { slots } = (await (await fetch(`${baseUrl}/api/help-points/${helpPointId}/slots?date=${day}`)).json()) as { slots: { startsAt: string; seatsLeft: number }[] };
      for (const { startsAt, seatsLeft } of slots) if (seatsLeft > 0) found.push({ helpPointId, startsAt, seatsLeft });
    }
  }
  return found;
}

/** Every free seat of the given help points over the coming days, each listed once per seat. */
export async function freeSeats(baseUrl: string, pointIds: number[], days: string[]): Promise<Slot[]> {
  return (await openSlots(baseUrl, pointIds, days)).flatMap(({ seatsLeft, ...slot }) => Array.from({ length: seatsLeft }, () => slot));
}

/**
 * Booking bodies, each a different person, walking through the given slots.
 * Runs that share a database start from different `firstPerson`s, so no phone
 * number reaches the limit of active bookings per phone.
 */
export function bookingBodies(slots: Slot[], firstPerson = 0) {
  let n = firstPerson;
  return () => {
    const slot = slots[(n - firstPerson) % slots.length];
    n++;
    return { ...slot, fullName: `Người thử ${n}`, phone: `090${String(n).padStart(7, '0')}`, people: 1, need: 'unsure', consent: true };
  };
}

/** How many of a set of booking requests got each HTTP status, or each error where no answer came. */
export type StatusCounts = Record<string, number>;

/** Why a request got no answer: the network error's code (ECONNRESET, UND_ERR_CONNECT_TIMEOUT…) where there is one. */
export const networkError = (error: Error) => (error.cause as { code?: string } | undefined)?.code ?? error.message;

/**
 * Sends `count` booking requests all at once, spread round-robin over the
 * servers at `baseUrls` and over `slots`, and counts the answers by status.
 */
export async function bookAtOnce(baseUrls: string[], slots: Slot[], count: number, firstPerson: number): Promise<StatusCounts> {
  const nextBody = bookingBodies(slots, firstPerson);
  const statuses = await Promise.all(
    Array.from({ length: count }, (_, i) => {
      const baseUrl = baseUrls[i % baseUrls.length];
      return fetch(`${baseUrl}/api/bookings`, { method: 'POST', headers: { 'content-type': 'application/json', origin: baseUrl }, body: JSON.stringify(nextBody()) }).then(
        async (response) => (await response.arrayBuffer(), String(response.status)),
        (error: Error) => `no answer: ${networkError(error)}`,
      );
    }),
  );
  const counts: StatusCounts = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

export const describeCounts = (counts: StatusCounts) =>
  Object.entries(counts)
    .map(([status, n]) => `${n} × ${status}`)
    .join(', ');

/** Gives a help point `seats` seats per slot, in the database itself (a trigger raises its rules_version). */
export async function setSeatsPerSlot(config: DbConfig, helpPointId: number, seats: number): Promise<void> {
  const database = await openDatabase(config);
  try {
    await database.db.update(helpPoints).set({ seatsPerSlot: seats }).where(eq(helpPoints.id, helpPointId));
  } finally {
    await database.close();
  }
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

/** What the database holds for one slot: its active bookings, the phones and people of the register behind them, the seats they take and the seats the slot counts as taken. */
export async function slotBookings(config: DbConfig, slot: Slot) {
  const database = await openDatabase(config);
  try {
    const [found] = await rawRows<{ bookings: number; phones: number; people: number; seats: number; taken: number }>(
      database.db,
      sql`
      select count(*)::int as bookings, count(distinct b.phone)::int as phones, count(distinct b.person_id)::int as people,
        coalesce(sum(b.people), 0)::int as seats,
        coalesce((select s.taken from slot_seats s where s.help_point_id = ${slot.helpPointId} and s.starts_at = ${slot.startsAt}), 0)::int as taken
      from bookings b
      where b.help_point_id = ${slot.helpPointId} and b.starts_at = ${slot.startsAt} and b.status in ('pending', 'confirmed')`,
    );
    return found;
  } finally {
    await database.close();
  }
}
