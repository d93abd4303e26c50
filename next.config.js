import { withSerwist } from '@serwist/turbopack';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['exceljs', '@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The stylesheet is small: inlined, it no longer blocks the first paint on slow mobile data.
  experimental: { inlineCss: true },
  // A proxy or CDN that kept the worker for the year Next allows a prerendered file would hold back every update.
  headers: async () => [{ source: '/serwist/sw.js', headers: [{ key: 'Cache-Control', value: 'no-cache' }] }],
};

export default withNextIntl(withSerwist(nextConfig));
