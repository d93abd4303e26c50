import type { Db } from '@/db/client';
import { claimDueMessages, markFailed, markSent } from '@/db/queries/outbox';
import { zaloAccessToken } from '@/db/queries/zalo-token';
import type { outbox } from '@/db/schema';
import { type MessageSender, SendFailure } from '@/lib/messaging/sender';
import { templateData, type ZnsOutcome, znsRequest } from '@/lib/messaging/zns';
import type { ZnsClient } from '@/lib/messaging/zns-client';

const BATCH = 20;
// A timeout or a 5xx from ZNS is tried this often before the message goes by SMS.
const ZNS_TRIES = 3;

/** Where messages go: ZNS first when it is set up, the SMS gateway otherwise and when ZNS refuses. */
export type Channels = { sms: MessageSender; zns?: ZnsClient };

type Message = typeof outbox.$inferSelect;
const notTried = (code: string): ZnsOutcome => ({ ok: false, refusal: 'refused', code, message: code });

async function sendByZalo(db: Db, zns: ZnsClient, message: Message, now: Date): Promise<ZnsOutcome> {
  const template = zns.template(message.kind);
  if (!template) return notTried('no-template');
  const data = templateData(message.params ?? {}, template);
  if (!data.ok) return notTried('params');
  const request = znsRequest(message.phone, template, data.data, String(message.id));
  let access = await zaloAccessToken(db, zns.firstRefreshToken, null, zns.renew, now);
  let renewed = false;
  let last = notTried('unavailable');
  for (let tries = 0; tries < ZNS_TRIES && access.ok; tries++) {
    last = await zns.send(access.accessToken, request);
    if (last.ok) return last;
    if (last.refusal === 'token' && !renewed) {
      renewed = true;
      access = await zaloAccessToken(db, zns.firstRefreshToken, access.accessToken, zns.renew, now);
    } else if (last.refusal !== 'unavailable') {
      return last;
    }
  }
  return access.ok ? last : notTried(access.code);
}

/** One message: by Zalo when it can, else by SMS once; whatever happens is recorded on the message, never thrown. */
async function deliverOne(db: Db, channels: Channels, message: Message, now: Date): Promise<boolean> {
  let zaloError = message.zaloError ?? undefined;
  if (channels.zns && message.channel !== 'sms') {
    const result = await sendByZalo(db, channels.zns, message, now);
    if (result.ok) {
      await markSent(db, message.id, { channel: 'zalo', providerId: result.msgId }, new Date());
      return true;
    }
    zaloError = result.code;
  }
  try {
    const sent = await channels.sms.send({ id: message.id, to: message.phone, body: message.body });
    // At once, not per batch: a crash after this message went out must not send it again.
    await markSent(db, message.id, { channel: 'sms', providerId: sent?.providerId, zaloError }, new Date());
    return true;
  } catch (error) {
    const code = error instanceof SendFailure ? error.code : undefined;
    await markFailed(db, message.id, message.attempts, { code, message: (error as Error).message, zaloError }, new Date());
    return false;
  }
}

/**
 * Sends every message that is due, a batch at a time, so a busy hour's
 * confirmations never push a waitlist offer minutes back; a failure is
 * recorded for a later retry and never thrown. Once `stop` is aborted (the
 * server is shutting down) it ends after the batch being sent, whose
 * messages are claimed and would otherwise wait for the claim to lapse.
 */
export async function deliverDueMessages(db: Db, channels: Channels, now = new Date(), stop?: AbortSignal): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  while (!stop?.aborted) {
    // A claimed message is pushed forward while it is sent, so no batch claims it twice.
    const due = await claimDueMessages(db, now, BATCH);
    for (const message of due) {
      if (await deliverOne(db, channels, message, now)) sent++;
      else failed++;
    }
    if (due.length < BATCH) break;
  }
  return { sent, failed };
}
