import type { IncomingMessage, ServerResponse } from 'node:http';
import { settings } from '../settings';
import { isApiPath } from './request-kind';
import { pageAnswer } from './error-pages';
import { problem } from './problem';
import { sendResponse } from './send-response';

type Handle = (req: IncomingMessage, res: ServerResponse) => unknown;

export interface GateLimits {
  /** Requests Next.js works on at once. */
  active: number;
  /** Requests kept waiting for a turn beyond those; more are answered 503. */
  waiting: number;
  /** Requests one client address may have in the server at once (lib/http/client-limits.ts). */
  perClient: number;
  /** Connections one peer address may hold open, without a proxy in front. */
  connectionsPerClient: number;
}

const RETRY_AFTER_SECONDS = 5;

/** MAX_ACTIVE_REQUESTS, MAX_WAITING_REQUESTS, MAX_REQUESTS_PER_CLIENT and MAX_CONNECTIONS_PER_CLIENT, whose defaults serve a town from one laptop. */
export const gateLimitsFromEnv = (s = settings()): GateLimits => ({
  active: s.MAX_ACTIVE_REQUESTS,
  waiting: s.MAX_WAITING_REQUESTS,
  perClient: s.MAX_REQUESTS_PER_CLIENT,
  connectionsPerClient: s.MAX_CONNECTIONS_PER_CLIENT,
});

/**
 * Lets at most `active` requests into Next.js at once and queues the rest in
 * arrival order. A crowd of a thousand bookings then costs a thousand parked
 * sockets instead of a thousand half-rendered requests in memory, and the
 * database's queue stays short, so pages served before the gate (the guides)
 * keep answering during the crowd. A request whose client gave up while it
 * waited is dropped.
 */
export function requestGate({ active, waiting }: Pick<GateLimits, 'active' | 'waiting'>, handle: Handle): Handle {
  let running = 0;
  const queue: [IncomingMessage, ServerResponse][] = [];
  const start = (req: IncomingMessage, res: ServerResponse) => {
    running++;
    res.once('close', () => {
      running--;
      for (let next = queue.shift(); next; next = queue.shift()) {
        if (next[0].destroyed || next[1].destroyed) continue;
        start(...next);
        return;
      }
    });
    handle(req, res);
  };
  return (req, res) => {
    if (running < active) start(req, res);
    else if (queue.length < waiting) queue.push([req, res]);
    else void sendResponse(req, res, busy(req.url ?? '/'));
  };
}

/** The answer to a request the server cannot take now: try again in a few seconds. */
export function busy(url: string): Response {
  const headers = { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' };
  if (isApiPath(url)) return problem(503, 'busy', {}, headers);
  return pageAnswer('server-error', url, 503, 'Máy chủ đang bận, hãy thử lại sau ít giây. / The server is busy, please try again in a few seconds.', headers);
}
