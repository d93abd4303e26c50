import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import createNextIntlPlugin from 'next-intl/plugin';
import { prerenderedRewrites } from './lib/http/page-routing.js';
import { configHeaders } from './lib/http/security-headers.js';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['exceljs', '@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // The stylesheet is small: inlined, it no longer blocks the first paint on slow mobile data.
    inlineCss: true,
    // Loading every page's code at start-up held the server 0.6 s before it listened, and the memory
    // of pages a hamlet's laptop may never serve; each is loaded on its first request instead.
    preloadEntriesOnStart: false,
    // A spreadsheet posted to a server action may be as large as lib/http/body-first.ts lets a multipart body be
    // (BODY_LIMITS.uploadBytes, which a test holds equal); that check runs first and bounds every other body.
    serverActions: { bodySizeLimit: 5.25 * 1024 * 1024 },
  },
  headers: async () => [
    // The security headers of every answer Next.js writes (lib/http/security-headers.js); a page rendered per request gets its own policy over these from the server (lib/http/page-policy.ts).
    ...configHeaders(),
    // A proxy or CDN that kept the worker for the year Next allows a prerendered file would hold back every update.
    { source: '/serwist/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
  ],
  // The prerendered Vietnamese pages are served at their bare address here rather than by the proxy's language routing, which they skip.
  rewrites: async () => ({ beforeFiles: prerenderedRewrites(), afterFiles: [], fallback: [] }),
};

export default async function config(/** @type {string} */ phase) {
  // Serwist's wrapper matters only to the bundler; loading its build tooling made
  // reading this file take 0.55 s instead of 0.15 s at every `npm start`.
  if (phase === PHASE_PRODUCTION_SERVER) return withNextIntl(nextConfig);
  const { withSerwist } = await import('@serwist/turbopack');
  return withNextIntl(withSerwist(nextConfig));
}
