import { eq } from 'drizzle-orm';
import type { SyncRecord, SyncRefusal } from '@/lib/staff/sync-schema';
import { syncReceipts } from '../schema';
import type { Tx } from './tx';

/** Claims a record's id for an account, as accepted until settled; false when a receipt already holds the id. */
export async function claimReceipt(tx: Tx, userId: number, record: SyncRecord, now: Date): Promise<boolean> {
  const [claimed] = await tx
    .insert(syncReceipts)
    .values({ clientId: record.id, userId, kind: record.kind, result: 'accepted', receivedAt: now })
    .onConflictDoNothing()
    .returning({ clientId: syncReceipts.clientId });
  return !!claimed;
}

export async function findReceipt(tx: Tx, clientId: string) {
  const [receipt] = await tx.select().from(syncReceipts).where(eq(syncReceipts.clientId, clientId));
  return receipt;
}

/** What a claimed record came to: the row it made, or the refusal every retry is answered with. */
export async function settleReceipt(tx: Tx, clientId: string, applied: { ok: true; entityId: number } | { ok: false; reason: SyncRefusal }) {
  await tx
    .update(syncReceipts)
    .set(applied.ok ? { entityId: String(applied.entityId) } : { result: 'refused', reason: applied.reason })
    .where(eq(syncReceipts.clientId, clientId));
}
