/**
 * Whether a state-changing request comes from this site's own pages: its
 * Origin (or, failing that, Referer) must name the host it was sent to.
 * Browsers send Origin on every cross-site POST, so a forged form is refused.
 */
export function isSameOrigin(headers: Headers, trustProxy = process.env.TRUST_PROXY === '1'): boolean {
  const host = (trustProxy && headers.get('x-forwarded-host')) || headers.get('host');
  const source = headers.get('origin') ?? headers.get('referer');
  if (!host || !source || source === 'null') return false;
  try {
    return new URL(source).host === host;
  } catch {
    return false;
  }
}
