import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { decodedPath } from './request-target';
import { isPrerenderedPage } from './page-routing.js';
import { prerenderedPageHeaders } from './security-headers.js';

/**
 * The prerendered pages (the guides, the check, the home page…), served by
 * scripts/start.ts straight from memory, already compressed, when a browser
 * simply opens one. Next.js would hash and gzip the same 30–55 kB of HTML
 * again on every request, and a guide, the page most people open, would cost
 * five times what a file from public/ does. A query changes nothing in a
 * page built once. The client router or a server action goes to Next.js as
 * before; a kiosk device opening one was sent to its own screen by the step
 * before (lib/kiosk/stay-on-screens.ts), so what reaches this one from a kiosk
 * is its service worker keeping the public pages, which get them as built.
 *
 * Each page's policy allows exactly its own inline scripts, by their hashes
 * (security-headers.js): a script injected into the page would not run.
 */
type Page = { plain: Buffer; gzip: Buffer; etag: string; scriptHashes: string[] };

const pages = new Map<string, Page>();

// What Next.js sends with the same page.
const FIXED_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 's-maxage=31536000',
  Vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
};
const ROUTER_HEADERS = ['rsc', 'next-action', 'next-router-prefetch', 'next-router-state-tree', 'next-router-segment-prefetch', 'next-url'];
// A script element's text is raw (no entities); React escapes `</script` inside its payload, so the first end tag closes it.
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP hash sources (`sha256-…`) of a page's inline scripts. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map(([, text]) => `sha256-${createHash('sha256').update(text).digest('base64')}`);
  return [...new Set(hashes)];
}

/** Reads the build's prerendered pages that never revalidate: each is served as built until the next build. */
export function loadPrerenderedPages(dir = '.next'): number {
  pages.clear();
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, { initialRevalidateSeconds?: number | false; initialStatus?: number }>;
  };
  for (const [route, info] of Object.entries(manifest.routes)) {
    if (info.initialRevalidateSeconds !== false || (info.initialStatus ?? 200) !== 200) continue;
    if (!/^\/(vi|en)(\/|$)/.test(route) || !isPrerenderedPage(route)) continue;
    const file = path.join(dir, 'server/app', `${route}.html`);
    if (!fs.existsSync(file)) continue;
    const plain = fs.readFileSync(file);
    const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"`;
    const scriptHashes = inlineScriptHashes(plain.toString('utf8'));
    pages.set(route.startsWith('/vi') ? route.slice(3) || '/' : route, { plain, gzip: zlib.gzipSync(plain, { level: 9 }), etag, scriptHashes });
  }
  return pages.size;
}

/** A prerendered page's HTML as the build wrote it, by its address (Vietnamese bare, English under /en). */
export const prerenderedHtml = (address: string) => pages.get(address)?.plain.toString('utf8');

const acceptsGzip = (header: string | undefined) =>
  !!header && header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return (coding === 'gzip' || coding === '*') && (!q || Number(q.slice(2)) > 0);
  });

/** Answers a plain GET or HEAD of a prerendered page; false when Next.js should. */
export function servePrerenderedPage(req: IncomingMessage, res: ServerResponse, https: boolean): boolean {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return false;
  const page = pages.get(decodedPath(req.url) ?? '');
  if (!page || ROUTER_HEADERS.some((name) => req.headers[name] !== undefined)) return false;
  const headers: Record<string, string | number> = { ...FIXED_HEADERS, ...prerenderedPageHeaders(https, page.scriptHashes), ETag: page.etag };
  if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === page.etag)) {
    res.writeHead(304, headers).end();
    return true;
  }
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const body = gzip ? page.gzip : page.plain;
  res.writeHead(200, { ...headers, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}), 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
  return true;
}
