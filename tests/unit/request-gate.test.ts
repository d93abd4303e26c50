import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, expect, it, vi } from 'vitest';
import { gateLimitsFromEnv, requestGate } from '@/lib/http/request-gate';

class FakeResponse extends EventEmitter {
  destroyed = false;
  status = 0;
  headers: Record<string, string | number> = {};
  body = '';
  writeHead(status: number, headers: Record<string, string | number>) {
    this.status = status;
    this.headers = headers;
  }
  end(body?: Buffer) {
    this.body = body?.toString() ?? '';
  }
  finish() {
    this.emit('close');
  }
}

const request = (url: string) => ({ url, method: 'POST', headers: {}, destroyed: false }) as unknown as IncomingMessage;

function gate(active: number, waiting: number) {
  const started: string[] = [];
  const responses = new Map<string, FakeResponse>();
  const handle = requestGate({ active, waiting }, (req) => void started.push(req.url!));
  const send = (url: string) => {
    const res = new FakeResponse();
    responses.set(url, res);
    handle(request(url), res as unknown as ServerResponse);
    return res;
  };
  return { started, send, responses };
}

afterEach(() => vi.unstubAllEnvs());

it('lets a few requests in at once and the rest in arrival order as each ends', () => {
  const { started, send } = gate(2, 10);
  const [a, b] = ['/a', '/b', '/c', '/d'].map(send);
  expect(started).toEqual(['/a', '/b']);
  a.finish();
  expect(started).toEqual(['/a', '/b', '/c']);
  b.finish();
  expect(started).toEqual(['/a', '/b', '/c', '/d']);
});

it('skips a request whose client gave up while it waited', () => {
  const { started, send } = gate(1, 10);
  const first = send('/first');
  send('/gone').destroyed = true;
  send('/waiting');
  first.finish();
  expect(started).toEqual(['/first', '/waiting']);
});

it('answers 503 with Retry-After once the queue is full: a problem for the API, a page otherwise', async () => {
  const { started, send } = gate(1, 1);
  send('/api/bookings');
  send('/api/bookings?2');
  const api = send('/api/bookings?3');
  const page = send('/book');
  await vi.waitFor(() => expect(page.status).toBe(503));
  expect(started).toEqual(['/api/bookings']);
  expect(api.status).toBe(503);
  expect(api.headers['retry-after']).toBe('5');
  expect(JSON.parse(api.body)).toMatchObject({ status: 503, type: 'about:blank#busy' });
  expect(page.headers['content-type']).toMatch(/^text\//);
  expect(page.body).toMatch(/bận/);
});

it('reads its limits from the environment and refuses nonsense', () => {
  expect(gateLimitsFromEnv()).toEqual({ active: 16, waiting: 5000, perClient: 64, connectionsPerClient: 256 });
  vi.stubEnv('MAX_ACTIVE_REQUESTS', '4');
  expect(gateLimitsFromEnv().active).toBe(4);
  for (const wrong of ['0', '-1', '2.5', 'many']) {
    vi.stubEnv('MAX_WAITING_REQUESTS', wrong);
    expect(() => gateLimitsFromEnv()).toThrow(/MAX_WAITING_REQUESTS must be a whole number/);
  }
});
