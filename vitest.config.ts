import path from 'node:path';
import { defineConfig } from 'vitest/config';

const DATABASE_TEMPLATES = ['tests/database-templates.ts'];

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
      { extends: true, test: { name: 'db', include: ['tests/db/**/*.test.ts'], globalSetup: DATABASE_TEMPLATES } },
      // Booking times must not depend on the server's clock zone: the booking tests again far west and far east, in the same run.
      ...['America/Los_Angeles', 'Pacific/Kiritimati'].map((TZ) => ({
        extends: true as const,
        test: { name: `TZ=${TZ}`, include: ['tests/unit/slots.test.ts', 'tests/db/bookings.test.ts'], env: { TZ }, globalSetup: DATABASE_TEMPLATES },
      })),
    ],
  },
});
