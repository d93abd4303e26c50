import http from 'node:http';
import { expect } from '@playwright/test';

/**
 * The text-message gateway of the browser tests: the app servers POST each
 * message here (SMS_WEBHOOK_URL), and tests read the messages a phone got.
 */
export const SMS_INBOX_PORT = Number(process.env.E2E_PORT || 3100) + 7;
export const SMS_WEBHOOK_URL = `http://127.0.0.1:${SMS_INBOX_PORT}/sms`;

export default async function startInbox() {
  const received: { to: string; body: string }[] = [];
  const server = http.createServer((req, res) => {
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
      return;
    }
    const to = new URL(req.url ?? '/', 'http://localhost').searchParams.get('to');
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(received.filter((m) => m.to === to)));
  });
  await new Promise<void>((resolve) => server.listen(SMS_INBOX_PORT, '127.0.0.1', resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** A phone number as the app stores it (+84…), from the 0… form tests type. */
const international = (phone: string) => `+84${phone.replace(/\D/g, '').replace(/^0/, '')}`;

/** Every text a phone has got so far. */
export async function textsNow(phone: string): Promise<string[]> {
  const messages: { body: string }[] = await (await fetch(`http://127.0.0.1:${SMS_INBOX_PORT}/sms?to=${encodeURIComponent(international(phone))}`)).json();
  return messages.map((m) => m.body);
}

/** The texts a phone has got whose body matches, waiting for the app's sender (every second in the tests). */
export async function textsTo(phone: string, matching: RegExp): Promise<string[]> {
  let found: string[] = [];
  await expect
    .poll(
      async () => {
        found = (await textsNow(phone)).filter((body) => matching.test(body));
        return found.length;
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBeGreaterThan(0);
  return found;
}

/** The first link in a text, as a path to open with the test's base URL. */
export const linkIn = (text: string) => new URL(text.match(/https?:\/\/\S+/)![0]).pathname + new URL(text.match(/https?:\/\/\S+/)![0]).search;
