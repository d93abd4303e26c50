import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasControlCharacters } from '../unicode';
import { isApiPath } from './request-kind';
import { pageAnswer } from './error-pages';
import { problem } from './problem';
import { sendResponse } from './send-response';

/** An address's path, percent-decoded as Next.js routes it (`/guides/activat%65` is `/guides/activate`); null when it cannot be decoded. */
export function decodedPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?', 1)[0]);
  } catch {
    return null;
  }
}

/**
 * Whether a request's address cannot be read: a path with a % that is not
 * followed by two hex digits or that escapes no UTF-8 text (Next.js answers
 * those with a bare 500 before any of the app runs), or a path or query value
 * that decodes to a control character such as NUL (which PostgreSQL refuses
 * in text, and which no one types).
 */
export function isBadRequestTarget(url: string): boolean {
  const decoded = decodedPath(url);
  if (decoded === null || hasControlCharacters(decoded)) return true;
  const mark = url.indexOf('?');
  if (mark === -1) return false;
  for (const [key, value] of new URLSearchParams(url.slice(mark + 1))) if (hasControlCharacters(key) || hasControlCharacters(value)) return true;
  return false;
}

/**
 * Answers a request whose address cannot be read with 400, before Next.js
 * sees it: a problem for the API, the app's own not-found page (which asks to
 * check the address) for anything else. True when it answered.
 */
export function refuseBadRequestTarget(req: IncomingMessage, res: ServerResponse): boolean {
  const url = req.url ?? '/';
  if (!isBadRequestTarget(url)) return false;
  void sendResponse(req, res, isApiPath(url) ? problem(400, 'badAddress') : pageAnswer('not-found', url, 400, 'Địa chỉ không hợp lệ. / Invalid address.'));
  return true;
}
