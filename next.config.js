import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['@electric-sql/pglite', 'pg'],
  poweredByHeader: false,
  reactStrictMode: true,
  // The stylesheet is small: inlined, it no longer blocks the first paint on slow mobile data.
  experimental: { inlineCss: true },
};

export default withNextIntl(nextConfig);
