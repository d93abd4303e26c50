import type { IncomingMessage, ServerResponse } from 'node:http';
import { localizedPath, pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { prerenderedHtml } from './prerendered-pages';
import type { RequestKind } from './request-kind';
import { SECURITY_HEADER_NAMES } from './security-headers.js';
import { textAnswer } from './text-answer';

/**
 * Next.js renders a 404 or 500 of a per-request page as an empty document
 * whose content exists only in its script payload, so without JavaScript the
 * person sees a blank page (vercel/next.js#57583, #97000). For pages loaded as
 * documents, the server sends instead the app's own prerendered not-found or
 * error page, in the address's language, with its scripts removed: plain HTML
 * in the app's layout that needs nothing more to show.
 */
type Kind = 'not-found' | 'server-error';
const PAGE: Record<Kind, string> = { 'not-found': 'page-not-found', 'server-error': 'server-error' };
const LOCALES: Locale[] = ['vi', 'en'];

const pages = new Map<string, string>();

const withoutScripts = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*>/gi, '');

/** Takes the prerendered pages from the build, as the server keeps them (lib/http/prerendered-pages.ts), once at start-up. */
export function loadErrorPages(read: (address: string) => string | undefined = prerenderedHtml): void {
  for (const locale of LOCALES) {
    for (const kind of Object.keys(PAGE) as Kind[]) {
      const html = read(pathFor(`/${PAGE[kind]}`, locale));
      if (html) pages.set(`${locale}:${kind}`, withoutScripts(html));
    }
  }
}

const localeOf = (url: URL): Locale => (/^\/en(?:\/|$)/.test(url.pathname) ? 'en' : 'vi');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The stored page for a response, its language switch pointing at the address asked for rather than at the stored page. */
function pageFor(kind: Kind, rawUrl = '/'): string | undefined {
  const url = new URL(rawUrl.replace(/^\/+/, '/'), 'http://localhost');
  const locale = localeOf(url);
  const other: Locale = locale === 'vi' ? 'en' : 'vi';
  const switchHref = `href="${pathFor(`/${PAGE[kind]}`, other)}"`;
  return pages.get(`${locale}:${kind}`)?.replace(switchHref, `href="${escapeAttribute(localizedPath(url.pathname, other, url.searchParams.toString()))}"`);
}

/**
 * An answer with the app's own page of this kind and this status, or, before
 * the pages are loaded, a line of text saying the same.
 */
export function pageAnswer(kind: Kind, url: string, status: number, text: string, headers: Record<string, string> = {}): Response {
  const html = pageFor(kind, url);
  if (!html) return textAnswer(status, text, headers);
  return new Response(html, { status, headers: { 'Cache-Control': 'no-store', ...headers, 'Content-Type': 'text/html; charset=utf-8' } });
}

/** A page loaded as a document: not the client router's data request, nor a server action called from script. */
const isDocumentRequest = (req: IncomingMessage) => !req.headers.rsc && !req.headers['next-action'] && !req.headers['next-router-prefetch'];

/**
 * Replaces the framework's blank error document in a response with the app's
 * own page, if one applies: for addresses of pages and files only, since the
 * API and the framework's files never render a page, and a booking's POST
 * should not pay for the wrapping.
 */
export function replaceBlankErrorPages(req: IncomingMessage, res: ServerResponse, kind: RequestKind): void {
  if ((kind !== 'page' && kind !== 'file') || !isDocumentRequest(req)) return;
  const { write, end, writeHead } = res;
  let page: string | undefined;
  let decided = false;
  const decide = (status = res.statusCode) => {
    if (decided) return;
    decided = true;
    const html = /text\/html/.test(String(res.getHeader('content-type') ?? ''));
    const kind: Kind | undefined = status === 404 ? 'not-found' : status >= 500 ? 'server-error' : undefined;
    page = html && kind ? pageFor(kind, req.url) : undefined;
  };
  res.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    decide(status);
    if (page === undefined) return (writeHead as (...args: unknown[]) => ServerResponse).call(this, status, ...rest);
    res.statusCode = status;
    return this;
  } as typeof res.writeHead;
  res.write = function (this: ServerResponse, ...args: unknown[]) {
    decide();
    if (page === undefined) return (write as (...a: unknown[]) => boolean).apply(this, args);
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    decide();
    if (page === undefined) return (end as (...a: unknown[]) => ServerResponse).apply(this, args);
    for (const name of res.getHeaderNames()) if (name !== 'set-cookie' && !SECURITY_HEADER_NAMES.includes(name)) res.removeHeader(name);
    const body = Buffer.from(page);
    (writeHead as (...a: unknown[]) => ServerResponse).call(this, res.statusCode, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
    });
    const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
    return (end as (...a: unknown[]) => ServerResponse).call(this, req.method === 'HEAD' ? undefined : body, callback);
  } as typeof res.end;
}
