import { and, eq, sql } from 'drizzle-orm';
import { slotSeats } from '../schema';
import { Refused, type Tx } from './tx';

/**
 * Takes seats in one statement: the row update either fits within the slot's
 * capacity or changes nothing, and concurrent bookings of the slot queue on
 * that row, so no interleaving can overbook it.
 */
export async function takeSeats(tx: Tx, helpPointId: number, startsAt: Date, people: number, capacity: number) {
  if (people > capacity) throw new Refused('full');
  const rows = await tx
    .insert(slotSeats)
    .values({ helpPointId, startsAt, taken: people })
    .onConflictDoUpdate({
      target: [slotSeats.helpPointId, slotSeats.startsAt],
      set: { taken: sql`${slotSeats.taken} + ${people}` },
      setWhere: sql`${slotSeats.taken} + ${people} <= ${capacity}`,
    })
    .returning({ taken: slotSeats.taken });
  if (rows.length === 0) throw new Refused('full');
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
