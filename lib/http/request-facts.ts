import type { IncomingMessage } from 'node:http';
import { sendsKioskCookie } from '../kiosk/paths';
import { requestKind, type RequestKind } from './request-kind';

/** What the steps of the request path (lib/http/pipeline.ts) need to know about a request, worked out once, before the first step. */
export interface RequestFacts {
  /** The client's address: the connection's, or behind TRUST_PROXY the one the proxy closest to us saw. */
  client: string;
  /** Whether the request came over HTTPS, taken only from a trusted proxy. */
  https: boolean;
  /**
   * The address's path as Next.js's router reads it (dot segments resolved,
   * percent-escapes kept), what it is, and its query with the `?`.
   */
  path: string;
  kind: RequestKind;
  search: string;
  /** Next.js answers the address itself with a 308 to the same without a doubled or trailing slash, before its proxy or any page runs. */
  slashRedirect: boolean;
  /** The device sent the kiosk's cookie (lib/kiosk/paths.ts). */
  kioskDevice: boolean;
}

function parsedAddress(url: string): { path: string; search: string } {
  try {
    // As Next.js builds the address it routes: the request's target after its own origin (a target starting `//` names no host).
    const { pathname, search } = new URL(`http://localhost${url}`);
    return { path: pathname, search };
  } catch {
    return { path: url.split('?')[0], search: '' };
  }
}

export function requestFacts(req: IncomingMessage, trustProxy: boolean): RequestFacts {
  const url = req.url ?? '/';
  // A client may send X-Forwarded-For of its own, to which a proxy appends: only the last entry is the proxy's.
  const forwarded = trustProxy ? String(req.headers['x-forwarded-for'] ?? '').split(',').pop()!.trim() : '';
  const { path, search } = parsedAddress(url);
  return {
    client: forwarded || req.socket.remoteAddress || 'unknown',
    https: trustProxy && req.headers['x-forwarded-proto'] === 'https',
    path,
    kind: requestKind(path),
    search,
    // As Next.js tells them: a backslash or a doubled slash in the address as sent, a trailing slash in the path it reads.
    slashRedirect: /\\|\/\//.test(url.split('?')[0]) || /.\/$/.test(path),
    kioskDevice: sendsKioskCookie(req.headers.cookie),
  };
}
