import type { IncomingMessage, ServerResponse } from 'node:http';
import { crossSiteRefusal, isRefusedAsCrossSite } from './same-origin';
import { sendResponse } from './send-response';
import { webHeaders } from './web-headers';

const CONSULTED = ['origin', 'referer', 'sec-fetch-site', 'host', 'x-forwarded-host'];

/**
 * The cross-site rule (lib/http/same-origin.ts), applied by the server to
 * every request before Next.js, the API's included: Next.js's proxy, which
 * once applied it, cost a booking as much time as the booking's own checks.
 * True when it answered.
 */
export function refuseCrossSite(req: IncomingMessage, res: ServerResponse): boolean {
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return false;
  const pathname = (req.url ?? '/').split('?')[0];
  if (!isRefusedAsCrossSite(method, pathname, webHeaders(req, CONSULTED))) return false;
  void sendResponse(req, res, crossSiteRefusal(pathname));
  return true;
}
