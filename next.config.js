import { withSerwist } from '@serwist/turbopack';
import createNextIntlPlugin from 'next-intl/plugin';
import { configHeaders, prerenderedRewrites } from './lib/http/security-headers.js';

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
  },
  headers: async () => [
    // The security headers of every answer the proxy does not write itself (lib/http/security-headers.js).
    ...configHeaders(),
    // A proxy or CDN that kept the worker for the year Next allows a prerendered file would hold back every update.
    { source: '/serwist/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] },
  ],
  // The prerendered Vietnamese pages are served at their bare address here rather than by the proxy's language routing, which they skip.
  rewrites: async () => ({ beforeFiles: prerenderedRewrites(), afterFiles: [], fallback: [] }),
};

export default withNextIntl(withSerwist(nextConfig));
