import type { Db } from '@/db/client';
import { recordOutcome } from '@/db/queries/outcomes';
import type { Scope } from '@/db/queries/staff';
import { changeAttendance } from '@/db/queries/staff-bookings';
import { claimReceipt, findReceipt, settleReceipt } from '@/db/queries/sync-receipts';
import type { Tx } from '@/db/queries/tx';
import type { StaffUser } from '@/db/schema';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { arrivalSchema, type SyncAnswer, type SyncRecord, type SyncRefusal } from '@/lib/staff/sync-schema';

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
    if (!(await claimReceipt(tx, staff.user.id, record, now))) {
      const receipt = await findReceipt(tx, record.id);
      if (receipt?.userId !== staff.user.id) return { id: record.id, result: 'refused', reason: 'id-taken' };
      return { id: record.id, result: receipt.result, ...(receipt.reason ? { reason: receipt.reason } : {}) };
    }
    // A device's clock may run ahead; nothing is recorded as happening later than it reached the server.
    const at = new Date(Math.min(new Date(record.createdAt).getTime(), now.getTime()));
    const applied = await apply(tx, staff.user, staff.scope, record, at);
    await settleReceipt(tx, record.id, applied);
    return applied.ok ? { id: record.id, result: 'accepted' } : { id: record.id, result: 'refused', reason: applied.reason };
  });
}
