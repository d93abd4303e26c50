import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    // 200 simultaneous bookings queue for 10 connections while other suites load both cores: waiting is the test, not a failure.
    env: { PG_CONNECT_TIMEOUT_SECONDS: '30' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite and PostgreSQL suites each create their own database; two at a time suits two cores.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // Initialises and migrates one database per engine per run, which each database suite copies: only when one runs.
      { extends: true, test: { name: 'db', include: ['tests/db/**/*.test.ts'], globalSetup: ['tests/db/global-setup.ts'] } },
    ],
  },
});
