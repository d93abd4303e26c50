import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { RequestFacts } from '../http/request-facts';
import { sendResponse } from '../http/send-response';
import { isKioskPath, KIOSK_CLOSED, kioskPathFor } from './paths';

/**
 * A page being opened: not the service worker downloading the public pages it
 * keeps, which must stay the site's own. Nor the client router's fetches
 * (Sec-Fetch-Mode cors), as when this was decided in the proxy, which never
 * saw their `rsc` header (Next.js strips it from the request its proxy gets):
 * on a kiosk screen, links to the site already open their kiosk twin
 * (kiosk/_components/navigation.tsx).
 */
export const opensPage = (headers: IncomingHttpHeaders) => {
  const mode = headers['sec-fetch-mode'];
  return !mode || mode === 'navigate';
};

/**
 * Where a request for a page must go instead, or undefined when it may go on:
 * a kiosk device opening any other page of the site is sent to its kiosk
 * screen (`kioskPathFor`), and a device that is not a kiosk opening a kiosk
 * screen to "not a kiosk". Whether a kiosk's credential still works, the
 * kiosk pages check.
 */
export function kioskRedirect({ path, search, kioskDevice }: Pick<RequestFacts, 'path' | 'search' | 'kioskDevice'>, opening: boolean): string | undefined {
  if (isKioskPath(path)) return kioskDevice || path.endsWith(KIOSK_CLOSED) ? undefined : path.replace(/\/kiosk(\/.*)?$/, KIOSK_CLOSED);
  return kioskDevice && opening ? kioskPathFor(path, search) : undefined;
}

/**
 * Sends a page request to where `kioskRedirect` says, with a 303; true when it
 * answered. An address Next.js redirects itself goes there first, and comes back.
 */
export function keepKioskOnItsScreens(req: IncomingMessage, res: ServerResponse, facts: RequestFacts): boolean {
  if (facts.kind !== 'page' || facts.slashRedirect) return false;
  const target = kioskRedirect(facts, opensPage(req.headers));
  if (target === undefined) return false;
  void sendResponse(req, res, new Response(null, { status: 303, headers: { Location: target } }));
  return true;
}
