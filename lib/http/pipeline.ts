import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuseBody, readBodyFirst } from './body-first';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { perClientLimit } from './client-limits';
import { replaceBlankErrorPages } from './error-pages';
import { withholdInternalHeaders } from './internal-headers';
import { servePrerenderedPage } from './prerendered-pages';
import { redirectShortLink } from './redirect-short-link';
import { refuseCrossSite } from './refuse-cross-site';
import { busy, type GateLimits, requestGate } from './request-gate';
import { requestKind, type RequestKind } from './request-kind';
import { refuseBadRequestTarget } from './request-target';
import { BASE_HEADERS } from './security-headers.js';
import { sendResponse } from './send-response';

type Handle = (req: IncomingMessage, res: ServerResponse) => unknown;

/** What the steps need to know about a request, worked out once, before the first step. */
export interface RequestFacts {
  /** The client's address: the connection's, or behind TRUST_PROXY the one the proxy closest to us saw. */
  client: string;
  /** Whether the request came over HTTPS, taken only from a trusted proxy. */
  https: boolean;
  kind: RequestKind;
}

export function requestFacts(req: IncomingMessage, trustProxy: boolean): RequestFacts {
  // A client may send X-Forwarded-For of its own, to which a proxy appends: only the last entry is the proxy's.
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()!.trim() : '';
  return {
    client: forwarded || req.socket.remoteAddress || 'unknown',
    https: trustProxy && req.headers['x-forwarded-proto'] === 'https',
    kind: requestKind((req.url ?? '/').split('?')[0]),
  };
}

/**
 * The server's request path, in the order the steps run. Each either answers
 * (and the request ends there) or lets the next one run; the last hands the
 * request to Next.js, where the proxy (proxy.ts) keeps a kiosk device on its
 * screens, refuses action bodies no page could write, serves each language at
 * its address and gives a page rendered now its nonce, and then the page, its
 * server action or the API's route handler runs. docs/architecture.md
 * describes each step and why it sits where it does.
 */
export function requestPipeline({ handle, limits, trustProxy }: { handle: Handle; limits: GateLimits; trustProxy: boolean }) {
  const admitClient = perClientLimit(limits.perClient);
  const handleInTurn = requestGate(limits, handle);

  return async (req: IncomingMessage, res: ServerResponse) => {
    const facts = requestFacts(req, trustProxy);
    // 1. The facts go to Next.js as headers no client can set: rate limits read the address there.
    req.headers[CLIENT_ADDRESS_HEADER] = facts.client;
    if (!trustProxy) delete req.headers['x-forwarded-proto'];
    // 2. Every answer carries the security headers, even one Next.js writes before its own apply; its internal ones never leave.
    for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
    withholdInternalHeaders(res);
    // 3. A malformed address is answered 400 before anything reads it.
    if (refuseBadRequestTarget(req, res)) return;
    // 4. A short link from a text message leads to its page: a redirect that needs neither Next.js nor the database.
    if (redirectShortLink(req, res)) return;
    // 5. A prerendered page (a guide, the check) comes from memory: the path most people take costs least.
    if (servePrerenderedPage(req, res, facts.https)) return;
    // 6. A request from another site that may change something is refused.
    if (refuseCrossSite(req, res)) return;
    // 7. A page load that ends in Next.js's blank error document gets the app's own page instead.
    replaceBlankErrorPages(req, res, facts.kind);
    // 8. The framework's own files are read from disk and touch no database: they need no turn.
    if (facts.kind === 'framework-file') return void handle(req, res);
    // 9. One client may hold only so much of the server.
    if (!admitClient(facts.client, res)) return void sendResponse(req, res, busy(req.url ?? '/'));
    // 10. The whole body arrives before the request takes a turn: a slow one holds a socket, not a turn.
    const withBody = await readBodyFirst(req);
    if (typeof withBody === 'string') return refuseBody(req, res, withBody);
    // 11. A turn, in arrival order, then Next.js.
    handleInTurn(withBody, res);
  };
}
