import { settings } from '../settings';
import { isApiPath } from './request-kind';
import { problem } from './problem';
import { textAnswer } from './text-answer';

const hostOf = (headers: Headers, trustProxy: boolean) => (trustProxy && headers.get('x-forwarded-host')) || headers.get('host');

/** Whether an Origin or Referer names this host (`null`, or none, does not). */
function namesHost(source: string | null, host: string | null): boolean {
  if (!host || !source || source === 'null') return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}

/**
 * Whether a state-changing request comes from this site's own pages: its
 * Origin (or, failing that, Referer) must name the host it was sent to.
 * Browsers send Origin on every cross-site POST, so a forged form is refused.
 */
export function isSameOrigin(headers: Headers, trustProxy = settings().TRUST_PROXY): boolean {
  return namesHost(headers.get('origin') ?? headers.get('referer'), hostOf(headers, trustProxy));
}

/**
 * Whether a browser says the request was sent by another site: an Origin that
 * is not this host (or is `null`), or, without one, a Sec-Fetch-Site other
 * than this site's own. A program calling the JSON API sends neither, and is
 * not refused for it.
 */
export function isFromAnotherSite(headers: Headers, trustProxy = settings().TRUST_PROXY): boolean {
  const origin = headers.get('origin');
  if (origin !== null) return !namesHost(origin, hostOf(headers, trustProxy));
  const site = headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}

/**
 * Whether a request that may change state is refused as sent from another
 * site. Pages change state only through form posts and server actions, which
 * a browser always sends with an Origin: it must be this site's. The JSON API
 * is also called by programs, which send no Origin: only a browser's word
 * that another site sent it (a foreign Origin, or Sec-Fetch-Site) refuses it.
 */
export function isRefusedAsCrossSite(method: string, pathname: string, headers: Headers): boolean {
  if (method === 'GET' || method === 'HEAD') return false;
  return isApiPath(pathname) ? isFromAnotherSite(headers) : !isSameOrigin(headers);
}

/** The answer to a refused cross-site request: a problem for the API, a line of text for anything else. */
export function crossSiteRefusal(pathname: string): Response {
  if (isApiPath(pathname)) return problem(403, 'crossSite');
  return textAnswer(403, 'Yêu cầu bị từ chối: gửi từ trang khác. / Request refused: sent from another site.');
}
