import { eq } from 'drizzle-orm';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { arrivalSchema, type SyncAnswer, type SyncRecord, type SyncRefusal } from '@/lib/staff/sync-schema';
import type { Db } from '../client';
import { type StaffUser, syncReceipts } from '../schema';
import { recordOutcome } from './outcomes';
import type { Scope } from './staff';
import { changeAttendance } from './staff-bookings';
import type { Tx } from './tx';

type Applied = { ok: true; entityId: number } | { ok: false; reason: SyncRefusal };

/** Applies one record through the same queries as the online forms, inside the caller's transaction. */
async function apply(tx: Tx, user: StaffUser, scope: Scope, record: SyncRecord, at: Date): Promise<Applied> {
  if (record.kind === 'outcome') {
    const form = outcomeFormSchema.safeParse(record.data);
    if (!form.success) return { ok: false, reason: 'invalid' };
    const result = await recordOutcome(tx, scope, user, form.data, at);
    return result.ok ? { ok: true, entityId: result.outcome.id } : { ok: false, reason: result.reason as SyncRefusal };
  }
  const arrival = arrivalSchema.safeParse(record.data);
  if (!arrival.success) return { ok: false, reason: 'invalid' };
  const result = await changeAttendance(tx, scope, user, arrival.data.bookingId, 'check-in', at);
  return result.ok ? { ok: true, entityId: result.booking.id } : { ok: false, reason: result.reason as SyncRefusal };
}

/**
 * Handles a record made on a staff device exactly once. The receipt is
 * claimed first, in the same transaction as the change: a concurrent
 * duplicate waits on the receipt's key until this one commits, then finds the
 * receipt and gets the same answer; if this one rolls back, nothing of it
 * stays and the duplicate applies the record instead. Refusals are stored
 * too, so a retry is answered the same even if the area or booking changed
 * since. An id held by another account is refused and never applied.
 */
export async function applySyncRecord(db: Db, staff: { user: StaffUser; scope: Scope }, record: SyncRecord, now = new Date()): Promise<SyncAnswer> {
  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .insert(syncReceipts)
      .values({ clientId: record.id, userId: staff.user.id, kind: record.kind, result: 'accepted', receivedAt: now })
      .onConflictDoNothing()
      .returning({ clientId: syncReceipts.clientId });
    if (!claimed) {
      const [receipt] = await tx.select().from(syncReceipts).where(eq(syncReceipts.clientId, record.id));
      if (receipt?.userId !== staff.user.id) return { id: record.id, result: 'refused', reason: 'id-taken' };
      return { id: record.id, result: receipt.result, ...(receipt.reason ? { reason: receipt.reason as SyncRefusal } : {}) };
    }
    // A device's clock may run ahead; nothing is recorded as happening later than it reached the server.
    const at = new Date(Math.min(new Date(record.createdAt).getTime(), now.getTime()));
    const applied = await apply(tx, staff.user, staff.scope, record, at);
    await tx
      .update(syncReceipts)
      .set(applied.ok ? { entityId: String(applied.entityId) } : { result: 'refused', reason: applied.reason })
      .where(eq(syncReceipts.clientId, record.id));
    return applied.ok ? { id: record.id, result: 'accepted' } : { id: record.id, result: 'refused', reason: applied.reason };
  });
}
