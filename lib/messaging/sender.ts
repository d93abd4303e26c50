import { withoutDiacritics } from './diacritics';
import { esmsOutcome, esmsRequest } from './esms';
import { jsonHeaders, post } from './http';
import type { MessagingSettings } from './settings';

/** A refusal by an SMS gateway, with its code, so that the outbox keeps it and retries. */
export class SendFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type SmsMessage = { id?: number; to: string; body: string };

/** Delivers one text message; throws when the gateway refuses, so the outbox retries. */
export interface MessageSender {
  name: string;
  send(message: SmsMessage): Promise<{ providerId?: string } | void>;
}

/** The default: writes messages to the server log, where staff can read and copy them. */
export const logSender: MessageSender = {
  name: 'log',
  async send({ to, body }) {
    console.log(`[sms] to ${to}: ${body}`);
  },
};

/** POSTs {"to","body"} as JSON to an SMS gateway; any non-2xx answer counts as a failure. */
export function webhookSender(url: string, token: string | undefined, timeoutMs = 10_000): MessageSender {
  return {
    name: 'webhook',
    async send({ to, body }) {
      const answer = await post(url, JSON.stringify({ to, body }), jsonHeaders(token ? { Authorization: `Bearer ${token}` } : {}), timeoutMs);
      if (!answer.ok) throw new SendFailure(answer.error, `gateway ${answer.error}`);
      if (answer.status < 200 || answer.status > 299) throw new SendFailure(`http-${answer.status}`, `gateway answered ${answer.status}`);
    },
  };
}

/** eSMS.vn's brandname SMS; the outbox id is the RequestId, so that eSMS itself refuses to send one message twice. */
export function esmsSender(esms: NonNullable<MessagingSettings['esms']>, timeoutMs: number): MessageSender {
  return {
    name: 'esms',
    async send({ id, to, body }) {
      const unicode = body !== withoutDiacritics(body);
      const request = esmsRequest(esms, to, body, `vneid-${id ?? Date.now()}`, unicode);
      const answer = await post(`${esms.apiBase}/SendMultipleMessage_V4_post_json/`, JSON.stringify(request), jsonHeaders(), timeoutMs);
      if (!answer.ok) throw new SendFailure(answer.error, `eSMS ${answer.error}`);
      const outcome = esmsOutcome(answer.status, answer.body);
      if (!outcome.ok) throw new SendFailure(outcome.code, outcome.message);
      return { providerId: outcome.smsId };
    },
  };
}

/** The SMS gateway the settings name (eSMS first, then the webhook, else the log), writing without diacritics when asked. */
export function smsSender(settings: MessagingSettings): MessageSender {
  const { esms, webhook, timeoutMs } = settings;
  const sender = esms ? esmsSender(esms, timeoutMs) : webhook ? webhookSender(webhook.url, webhook.token, timeoutMs) : logSender;
  if (!settings.withoutDiacritics) return sender;
  return { name: sender.name, send: (message) => sender.send({ ...message, body: withoutDiacritics(message.body) }) };
}
