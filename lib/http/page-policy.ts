import type { IncomingMessage, ServerResponse } from 'node:http';
import { isKioskPath } from '../kiosk/paths';
import { isPrerenderedPage, usesCamera } from './page-routing.js';
import type { RequestFacts } from './request-facts';
import { contentSecurityPolicy, makeNonce, permissionsPolicy } from './security-headers.js';

const STAFF_PATH = /^\/(en\/)?staff(\/|$)/;

/**
 * The headers of a page rendered per request, at this address: a policy with
 * a fresh nonce, the camera for the check-in page, and never a stored copy of
 * a kiosk's or the staff's pages. None for a prerendered page, whose scripts
 * were written before any nonce existed: it keeps the policy its headers give
 * it (lib/http/security-headers.js).
 */
export function pagePolicy(path: string, nonce = makeNonce()): Record<string, string> | undefined {
  if (isPrerenderedPage(path)) return undefined;
  return {
    'content-security-policy': contentSecurityPolicy({ nonce }),
    ...(usesCamera(path) ? { 'permissions-policy': permissionsPolicy(true) } : {}),
    ...(isKioskPath(path) || STAFF_PATH.test(path) ? { 'cache-control': 'private, no-store' } : {}),
  };
}

/**
 * Gives a page rendered per request its policy: in the request, where Next.js
 * reads the nonce and stamps it on every script it writes into the page (a
 * policy the client sent is replaced), and in the answer, set as it is
 * written, since Next.js puts next.config.js's headers over any set before
 * it runs. Not where Next.js answers with its own redirect first, which the
 * proxy never saw either.
 */
export function givePagePolicy(req: IncomingMessage, res: ServerResponse, facts: RequestFacts): void {
  if (facts.kind !== 'page' || facts.slashRedirect) return;
  const headers = pagePolicy(facts.path);
  if (!headers) return;
  req.headers['content-security-policy'] = headers['content-security-policy'];
  const { writeHead } = res;
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    for (const [name, value] of Object.entries(headers)) this.setHeader(name, value);
    return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
  } as typeof res.writeHead;
}
