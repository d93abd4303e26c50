import type { IncomingMessage, ServerResponse } from 'node:http';
import { keepKioskOnItsScreens } from '../kiosk/stay-on-screens';
import { refuseUndecodableActionBody } from './action-body';
import { refuseBody, readBodyFirst } from './body-first';
import { CLIENT_ADDRESS_HEADER } from './client-address';
import { perClientLimit } from './client-limits';
import { replaceBlankErrorPages } from './error-pages';
import { withholdInternalHeaders } from './internal-headers';
import { givePagePolicy } from './page-policy';
import { servePrerenderedPage } from './prerendered-pages';
import { redirectShortLink } from './redirect-short-link';
import { refuseCrossSite } from './refuse-cross-site';
import { busy, type GateLimits, requestGate } from './request-gate';
import { requestFacts } from './request-facts';
import { refuseBadRequestTarget } from './request-target';
import { BASE_HEADERS, STRICT_TRANSPORT_SECURITY } from './security-headers.js';
import { sendResponse } from './send-response';

type Handle = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * The server's request path, in the order the steps run, from the first byte
 * of a request to the page, server action or route handler that answers it.
 * What a request is and who sent it is worked out once, before the first step
 * (lib/http/request-facts.ts). Each step either answers (and the request ends
 * there) or lets the next one run. The last hands the request to Next.js,
 * where one decision is left to its proxy (proxy.ts), since next-intl makes
 * it there: the language of a page rendered per request, from its address;
 * then the page, its server action or the API's route handler runs.
 * docs/architecture.md describes each step and why it sits where it does.
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
    if (facts.https) res.setHeader('strict-transport-security', STRICT_TRANSPORT_SECURITY);
    withholdInternalHeaders(res);
    // 3. A malformed address is answered 400 before anything reads it.
    if (refuseBadRequestTarget(req, res)) return;
    // 4. A request from another site that may change something is refused.
    if (refuseCrossSite(req, res)) return;
    // 5. A kiosk device opening any other page goes to its kiosk screen (303), before a page could come from memory; another device opening a kiosk screen, to "not a kiosk".
    if (keepKioskOnItsScreens(req, res, facts)) return;
    // 6. A short link from a text message leads to its page: a redirect that needs neither Next.js nor the database.
    if (redirectShortLink(req, res)) return;
    // 7. A prerendered page (a guide, the check) comes from memory: the path most people take costs least.
    if (servePrerenderedPage(req, res, facts.https)) return;
    // 8. A page load that ends in Next.js's blank error document gets the app's own page instead.
    replaceBlankErrorPages(req, res, facts.kind);
    // 9. The framework's own files are read from disk and touch no database: they need no turn.
    if (facts.kind === 'framework-file') return void handle(req, res);
    // 10. One client may hold only so much of the server.
    if (!admitClient(facts.client, res)) return void sendResponse(req, res, busy(req.url ?? '/'));
    // 11. The whole body arrives before the request takes a turn: a slow one holds a socket, not a turn.
    const read = await readBodyFirst(req);
    if (typeof read === 'string') return refuseBody(req, res, read);
    // 12. A server action's arguments no page could have written are refused (400) before Next.js's parser fails on them.
    if (await refuseUndecodableActionBody(read.req, res, facts, read.body)) return;
    // 13. A page rendered per request gets a fresh nonce, which Next.js stamps on its scripts, and its policy.
    givePagePolicy(read.req, res, facts);
    // 14. A turn, in arrival order, then Next.js: its proxy sets the page's language, then the page, action or route handler answers.
    handleInTurn(read.req, res);
  };
}
