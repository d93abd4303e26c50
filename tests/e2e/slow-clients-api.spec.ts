import net from 'node:net';
import { expect, test } from '@playwright/test';

// The server these tests share trusts X-Forwarded-For (playwright.config.ts), so each test acts as clients of its own.
const PORT = Number(process.env.E2E_PORT || 3100);

interface SlowPost {
  answer: () => string;
  closed: Promise<void>;
  stop: () => void;
}

/** A POST that declares a body and sends it a byte every 2 s, as the probe that stopped the server did. */
function slowPost(client: string, path = '/api/bookings'): SlowPost {
  const socket = net.connect(PORT, '127.0.0.1');
  socket.on('error', () => {});
  let answer = '';
  socket.on('data', (data) => (answer += data));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.write(`POST ${path} HTTP/1.1\r\nHost: localhost:${PORT}\r\nX-Forwarded-For: ${client}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
  const drip = setInterval(() => socket.write('"'), 2000);
  void closed.then(() => clearInterval(drip));
  return { answer: () => answer, closed, stop: () => socket.destroy() };
}

const from = (client: string) => ({ headers: { 'x-forwarded-for': client }, maxRedirects: 0, timeout: 15_000 });

test('slow bodies hold no turn: with 64 trickling POSTs open, every kind of page answers, the client is told it has enough in flight, and each trickle is dropped with a 408', async ({ request }) => {
  test.setTimeout(60_000);
  const slow = Array.from({ length: 64 }, () => slowPost('198.51.100.7'));
  try {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    for (const path of ['/api/health', '/book', '/staff/sign-in', '/kiosk', '/api/help-points?ward=bim-son']) {
      expect([200, 303], path).toContain((await request.get(path, from('198.51.100.8'))).status());
    }
    const more = await request.get('/api/health', from('198.51.100.7'));
    expect(more.status()).toBe(503);
    expect(more.headers()['retry-after']).toBe('5');
    await Promise.all(slow.map((post) => post.closed));
    for (const post of slow) expect(post.answer()).toMatch(/^HTTP\/1\.1 408 .*bodyTooSlow/s);
    expect((await request.get('/api/health', from('198.51.100.7'))).status()).toBe(200);
  } finally {
    slow.forEach((post) => post.stop());
  }
});

test('a body past its limit is refused before it is read: 413 in words for a page form, a problem for the API', async ({ request }) => {
  const twoMegabytes = 'a'.repeat(2 * 1024 * 1024);
  const page = await request.post('/book', { headers: { origin: `http://localhost:${PORT}`, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '198.51.100.9' }, data: twoMegabytes });
  expect(page.status()).toBe(413);
  expect(await page.text()).toMatch(/quá lớn.*1 MB/);
  const api = await request.post('/api/bookings', { headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' }, data: twoMegabytes });
  expect(api.status()).toBe(413);
  expect(await api.json()).toMatchObject({ status: 413, type: 'about:blank#bodyTooLarge' });
  const upload = await request.post('/staff/campaign/population', {
    headers: { origin: `http://localhost:${PORT}`, 'x-forwarded-for': '198.51.100.9' },
    multipart: { file: { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(6 * 1024 * 1024, 'a') } },
  });
  expect(upload.status()).toBe(413);
});
