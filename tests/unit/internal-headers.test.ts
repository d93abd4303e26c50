import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { withholdInternalHeaders } from '@/lib/http/internal-headers';

let server: http.Server;
let base = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    withholdInternalHeaders(res);
    res.setHeader('X-Middleware-Rewrite', '/vi/staff/today');
    res.setHeader('content-type', 'text/plain');
    if (req.url === '/head') res.writeHead(200, { 'x-middleware-next': '1', 'x-kept': 'yes' });
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it('sends no x-middleware-* header, set on the answer or passed to writeHead, and keeps the others', async () => {
  for (const path of ['/', '/head']) {
    const response = await fetch(base + path);
    const names = [...response.headers.keys()];
    expect(names.filter((name) => name.startsWith('x-middleware-')), path).toEqual([]);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('ok');
  }
  expect((await fetch(`${base}/head`)).headers.get('x-kept')).toBe('yes');
});
