import type { IncomingMessage, ServerResponse } from 'node:http';
import { shortLinkTarget } from '../short-links';

/**
 * Answers a short link from a text message (lib/short-links.ts) with `303`
 * to the page it stands for, before Next.js: no rendering, no database, no
 * turn at the gate. The query is dropped (Zalo's browser adds its own);
 * no-store, since the address holds a secret. True when it answered.
 */
export function redirectShortLink(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const target = shortLinkTarget((req.url ?? '/').split('?', 1)[0]);
  if (!target) return false;
  res.writeHead(303, { Location: target, 'Cache-Control': 'no-store', 'Content-Length': 0 }).end();
  return true;
}
