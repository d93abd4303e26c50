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
export function isSameOrigin(headers: Headers, trustProxy = process.env.TRUST_PROXY === '1'): boolean {
  return namesHost(headers.get('origin') ?? headers.get('referer'), hostOf(headers, trustProxy));
}

/**
 * Whether a browser says the request was sent by another site: an Origin that
 * is not this host (or is `null`), or, without one, a Sec-Fetch-Site other
 * than this site's own. A program calling the JSON API sends neither, and is
 * not refused for it.
 */
export function isFromAnotherSite(headers: Headers, trustProxy = process.env.TRUST_PROXY === '1'): boolean {
  const origin = headers.get('origin');
  if (origin !== null) return !namesHost(origin, hostOf(headers, trustProxy));
  const site = headers.get('sec-fetch-site');
  return site !== null && site !== 'same-origin' && site !== 'none';
}
