import type { Db } from '@/db/client';
import { claimDueMessages, markFailed, markSent } from '@/db/queries/outbox';
import type { MessageSender } from '@/lib/messaging/sender';

const BATCH = 20;

/**
 * Sends every message that is due, a batch at a time, so a busy hour's
 * confirmations never push a waitlist offer minutes back; a failure is
 * recorded for a later retry and never thrown. Once `stop` is aborted (the
 * server is shutting down) it ends after the batch being sent, whose
 * messages are claimed and would otherwise wait for the claim to lapse.
 */
export async function deliverDueMessages(db: Db, sender: MessageSender, now = new Date(), stop?: AbortSignal): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  while (!stop?.aborted) {
    // A claimed message is pushed forward while it is sent, so no batch claims it twice.
    const due = await claimDueMessages(db, now, BATCH);
    for (const message of due) {
      try {
        await sender.send({ to: message.phone, body: message.body });
        // At once, not per batch: a crash after this message went out must not send it again.
        await markSent(db, message.id, new Date());
        sent++;
      } catch (error) {
        await markFailed(db, message.id, message.attempts, (error as Error).message, new Date());
        failed++;
      }
    }
    if (due.length < BATCH) break;
  }
  return { sent, failed };
}
