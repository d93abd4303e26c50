import { and, eq, sql } from 'drizzle-orm';
import { slotSeats } from '../schema';
import { rawRows } from './raw-sql';
import { Refused } from '@/lib/refusal';
import type { Tx } from './tx';

/** Takes seats, or refuses with "full"; take_seats (migration 0005) keeps the slot from being overbooked. */
export async function takeSeats(tx: Tx, helpPointId: number, startsAt: Date, people: number, capacity: number) {
  const [{ taken }] = await rawRows<{ taken: boolean | null }>(tx, sql`select take_seats(${helpPointId}, ${startsAt.toISOString()}, ${people}, ${capacity}) as taken`);
  if (!taken) throw new Refused('full');
}

export async function freeSeats(tx: Tx, helpPointId: number, startsAt: Date, people: number) {
  await tx
    .update(slotSeats)
    .set({ taken: sql`greatest(${slotSeats.taken} - ${people}, 0)` })
    .where(and(eq(slotSeats.helpPointId, helpPointId), eq(slotSeats.startsAt, startsAt)));
}

export async function seatsTakenAt(tx: Tx, helpPointId: number, startsAt: Date): Promise<number> {
  const [row] = await tx
    .select({ taken: slotSeats.taken })
    .from(slotSeats)
    .where(and(eq(slotSeats.helpPointId, helpPointId), eq(slotSeats.startsAt, startsAt)));
  return row?.taken ?? 0;
}
