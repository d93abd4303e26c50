import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/db/**/*.test.ts'],
    environment: 'node',
    // Initialises and migrates one database per engine per run, which each database suite copies.
    globalSetup: ['tests/db/global-setup.ts'],
    // 200 simultaneous bookings queue for 10 connections while other suites load both cores: waiting is the test, not a failure.
    env: { PG_CONNECT_TIMEOUT_SECONDS: '30' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite and PostgreSQL suites each create their own database; two at a time suits two cores.
    maxWorkers: 2,
  },
});
