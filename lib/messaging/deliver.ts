import type { Db } from '@/db/client';
import { claimDueMessages, markFailed, markSent } from '@/db/queries/outbox';
import type { MessageSender } from './sender';

/** Sends the messages that are due; a failure is recorded for a later retry and never thrown. */
export async function deliverDueMessages(db: Db, sender: MessageSender, now = new Date()): Promise<{ sent: number; failed: number }> {
  const due = await claimDueMessages(db, now);
  let sent = 0;
  for (const message of due) {
    try {
      await sender.send({ to: message.phone, body: message.body });
      await markSent(db, message.id, new Date());
      sent++;
    } catch (error) {
      await markFailed(db, message.id, message.attempts, (error as Error).message, new Date());
    }
  }
  return { sent, failed: due.length - sent };
}
