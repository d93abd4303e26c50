import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// Layers run one way (docs/architecture.md): lib/ holds pure rules, db/ storage, app/_services/ what uses both, and the
// routes under app/ use all three. Each layer may import only those below it.
const FRAMEWORK_SERVER = ['next/headers', 'next/server', 'next/cache', 'next-intl/server'].map((name) => ({
  name,
  message: 'Request-bound framework code belongs in app/_services/ or a route, not in a lower layer.',
}));
const layer = (files, groups, message, paths = []) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns: [{ group: groups, message }] }] },
});

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', 'bench/bare-next/.next/**', 'node_modules/**', 'data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  layer(['lib/**'], ['@/db', '@/db/**', '**/db/**', '@/app/**', '**/app/**', '@/scripts/**'], 'lib/ holds pure rules: it imports neither storage (db/) nor anything above it.', FRAMEWORK_SERVER),
  layer(['db/**'], ['@/app/**', '**/app/**', '@/scripts/**', 'next', 'next/**', 'next-intl', 'next-intl/**'], 'db/ is storage: it imports lib/ and nothing above it.'),
  layer(['app/_services/**'], ['@/app/\\[locale\\]/**', '@/app/api/**', '**/\\[locale\\]/**'], 'app/_services/ serves the routes; it never imports one.'),
  layer(['app/\\[locale\\]/kiosk/**'], ['@/app/\\[locale\\]/\\(site\\)/**', '**/\\(site\\)/**'], "The kiosk shares the site's parts through app/_components and app/_services, never through the site's routes."),
];

export default config;
