import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { BODY_LIMITS, readBodyFirst } from '@/lib/http/body-first';

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

/** A server whose handler reads each body first, then answers with what the replayed request holds, and the body it was handed. */
async function serve(limits = { ...BODY_LIMITS, bytes: 1000 }) {
  const outcomes: string[] = [];
  const server = http.createServer(async (req, res) => {
    const read = await readBodyFirst(req, limits);
    if (typeof read === 'string') {
      outcomes.push(read);
      res.once('finish', () => req.socket.destroy());
      return res.writeHead(read === 'too-large' ? 413 : 408).end();
    }
    const chunks: Buffer[] = [];
    for await (const chunk of read.req) chunks.push(chunk);
    outcomes.push(`${read.req.method} ${read.req.url} ${read.req.headers['content-type']} ${Buffer.concat(chunks)} | ${read.body}`);
    res.end('ok');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, port: (server.address() as AddressInfo).port, outcomes, server };
}

it('hands on a request whose whole body has arrived, as the original would have read, with that body for the steps after it', async () => {
  const { url, outcomes } = await serve();
  const response = await fetch(`${url}/book?x=1`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'họ tên' });
  expect(await response.text()).toBe('ok');
  expect(outcomes).toEqual(['POST /book?x=1 text/plain họ tên | họ tên']);
  expect((await fetch(url)).status).toBe(200);
});

it('refuses a body past its limit, declared or streamed, without reading the rest', async () => {
  const { url, outcomes } = await serve();
  expect((await fetch(url, { method: 'POST', body: 'x'.repeat(1001) })).status).toBe(413);
  const stream = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(100)));
      controller.close();
    },
  });
  const chunked = await fetch(url, { method: 'POST', body: stream, duplex: 'half' } as RequestInit).catch(() => null);
  expect(chunked?.status ?? 413).toBe(413);
  expect(outcomes).toEqual(['too-large', 'too-large']);
});

it('drops a body that does not keep a phone’s pace once its grace has passed', async () => {
  const { port, outcomes } = await serve({ ...BODY_LIMITS, bytes: 1000, graceMs: 300, minBytesPerSecond: 1000 });
  const socket = net.connect(port, '127.0.0.1');
  let answer = '';
  socket.on('data', (data) => (answer += data));
  socket.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 900\r\n\r\n{');
  const drip = setInterval(() => socket.write('a'), 100);
  await new Promise((resolve) => socket.once('close', resolve));
  clearInterval(drip);
  expect(answer).toMatch(/^HTTP\/1\.1 408/);
  expect(outcomes).toEqual(['too-slow']);
});

it('lets a server action take a spreadsheet as large as a multipart body may be', async () => {
  const { default: config } = await import('../../next.config.js');
  const { PHASE_PRODUCTION_SERVER } = await import('next/constants.js');
  expect((await config(PHASE_PRODUCTION_SERVER)).experimental?.serverActions?.bodySizeLimit).toBe(BODY_LIMITS.uploadBytes);
});
