import { MAX_BODY_BYTES } from '@/lib/http/body-limit';
import { MAX_SYNC_RECORDS, type SyncAnswer, type SyncRecord } from '@/lib/staff/sync-schema';
import { allRecords, deleteRecord, type QueuedRecord, saveRecord } from './store';

/** How a round of sending ended: all sent (or refused), no connection, the owner must sign in again, or the server or network failed. */
export type SendStatus = 'done' | 'offline' | 'sign-in' | 'failed';

const toWire = ({ id, kind, createdAt, data }: QueuedRecord): SyncRecord => ({ id, kind, createdAt, data });
const bodyOf = (userId: number, records: QueuedRecord[]) => JSON.stringify({ userId, records: records.map(toWire) });

/** The oldest records that fit one request under the API's body limit. */
function nextBatch(userId: number, waiting: QueuedRecord[]): QueuedRecord[] {
  const batch = [waiting[0]];
  for (const record of waiting.slice(1, MAX_SYNC_RECORDS)) {
    if (new TextEncoder().encode(bodyOf(userId, [...batch, record])).length > MAX_BODY_BYTES) break;
    batch.push(record);
  }
  return batch;
}

/**
 * Web Locks let one tab send at a time, so a second tab reads the queue only
 * after the first has removed what it sent. Where a browser has none (plain
 * HTTP on a local network), the server's receipts still keep each record once.
 */
async function oneTabAtATime<T>(work: () => Promise<T>): Promise<T> {
  if (typeof navigator.locks === 'undefined') return work();
  let result!: T;
  await navigator.locks.request('vneid-staff-sync', async () => {
    result = await work();
  });
  return result;
}

/**
 * Sends the signed-in member's waiting records, oldest first, until none is
 * left. An accepted record leaves the device; a refused one stays, with the
 * reason, for the member to read. Any other answer, or none, leaves the
 * records waiting: the server answers a resent record with its first answer.
 */
export function sendWaiting(userId: number): Promise<{ status: SendStatus; changed: boolean }> {
  return oneTabAtATime(async () => {
    let changed = false;
    for (;;) {
      const waiting = (await allRecords()).filter((r) => r.userId === userId && r.state === 'waiting');
      if (!waiting.length) return { status: 'done', changed };
      if (!navigator.onLine) return { status: 'offline', changed };
      const batch = nextBatch(userId, waiting);
      let answers: SyncAnswer[];
      try {
        const response = await fetch('/api/staff/sync', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: bodyOf(userId, batch), cache: 'no-store', signal: AbortSignal.timeout(20_000) });
        // 401: the session ended; 403: another account signed in meanwhile. Either way, only the owner signing in again sends these.
        if (response.status === 401 || response.status === 403) return { status: 'sign-in', changed };
        if (!response.ok) return { status: 'failed', changed };
        answers = (await response.json()).results;
      } catch {
        return { status: 'failed', changed };
      }
      const answered = batch.filter((record) => answers.some((a) => a.id === record.id));
      if (!answered.length) return { status: 'failed', changed };
      for (const record of answered) {
        const answer = answers.find((a) => a.id === record.id)!;
        await (answer.result === 'accepted' ? deleteRecord(record.id) : saveRecord({ ...record, state: 'refused', reason: answer.reason }));
      }
      changed = true;
    }
  });
}
