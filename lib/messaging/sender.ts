import { settings } from '../settings';

/** Delivers one text message; throws when the gateway refuses, so the outbox retries. */
export interface MessageSender {
  name: string;
  send(message: { to: string; body: string }): Promise<void>;
}

/** The default: writes messages to the server log, where staff can read and copy them. */
export const logSender: MessageSender = {
  name: 'log',
  async send({ to, body }) {
    console.log(`[sms] to ${to}: ${body}`);
  },
};

/** POSTs {"to","body"} as JSON to an SMS gateway; any non-2xx answer counts as a failure. */
export function webhookSender(url: string, token?: string): MessageSender {
  return {
    name: 'webhook',
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`gateway answered ${response.status}`);
    },
  };
}

export function senderFromEnv(s = settings()): MessageSender {
  return s.SMS_WEBHOOK_URL ? webhookSender(s.SMS_WEBHOOK_URL, s.SMS_WEBHOOK_TOKEN) : logSender;
}
