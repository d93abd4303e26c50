import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium';
import { SERVER_NODE_ARGS } from './scripts/server-command';
import { SMS_WEBHOOK_URL } from './tests/e2e/sms-inbox';
import { zaloSettings } from './tests/e2e/zalo-stand-in';

const PORT = Number(process.env.E2E_PORT || 3100);
// Set once in the main process; workers inherit it, so all share one server.
process.env.E2E_DATA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-e2e-'));

const PG_PORT = PORT + 1;
// scripts/test.ts sets E2E_POSTGRES=0, with a printed reason, when no PostgreSQL server answers outside CI.
const WITH_POSTGRES = process.env.E2E_POSTGRES !== '0';
// The staff workspace's flows again on PostgreSQL; the phone layout and the help point rules add no query the database tests
// (tests/db, on both engines) do not already run there, and CI's 30 minutes have no room for them twice. Not there either:
// what ends before the database could matter (@same-on-both-databases), and the sign-in throttle's waits (@throttle-wait),
// whose queries tests/db/sign-in-throttle.test.ts runs on both engines: PGlite's run waits them out once.
const STAFF_SPECS = /\/(staff|accounts)\.spec/;
const NOT_ON_POSTGRES = /@same-on-both-databases|@throttle-wait/;
// Tests of the server itself, without a browser page.
const API_SPECS = /(cli|api|two-instances|fuzz)\.spec/;

const chromium = {
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  // An English browser: the app must still answer in Vietnamese.
  locale: 'en-US',
  // A public page registers the offline worker 5 s after it loads, and every new context would then download the whole
  // offline copy (about 1 MB, a request per page) while its test runs; the offline tests allow it where they test it.
  serviceWorkers: 'block' as const,
};

const phone = { ...devices['Pixel 5'], ...chromium, viewport: { width: 360, height: 740 } };

const server = (port: number) => ({
  url: `http://localhost:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 300_000,
  gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
});

// TRUST_PROXY lets API tests act as many different clients through X-Forwarded-For.
// Text messages go by Zalo to the phones of tests/e2e/zalo-stand-in.ts's block, and to the tests' own SMS gateway
// (tests/e2e/sms-inbox.ts) for every other phone, where a test reads what a phone got, at any hour: the quiet hours'
// waits are tested in tests/unit/quiet-hours.test.ts and tests/db/staff.test.ts.
const serverEnv = (port: number) => ({
  PORT: String(port),
  DATABASE_URL: '',
  NEXT_TELEMETRY_DISABLED: '1',
  TRUST_PROXY: '1',
  BOOKING_RATE_PER_MINUTE: '60',
  SMS_WEBHOOK_URL,
  SMS_SEND_INTERVAL_SECONDS: '1',
  MESSAGE_QUIET_HOURS: 'off',
  ...zaloSettings(port),
});

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: ['./tests/e2e/sms-inbox.ts', './tests/e2e/zalo-stand-in.ts'],
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // On CI's two shared cores a test can miss a wait it meets alone; one more try, and the report names it "flaky".
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL: `http://localhost:${PORT}`, trace: 'off' },
  projects: [
    { name: 'phone', testIgnore: API_SPECS, use: phone },
    // Bookings change shared data, so the booking flow runs once, at the phone viewport the issue names.
    // Staff pages are checked at the phone viewport, where the team works; the kiosk's tests set the kiosk's own screens.
    // At desktop width only what the width can change, the tests tagged @layout: the accessibility and touch targets of the
    // Vietnamese template pages (one guide for the template they share) and of the citizen pages' controls. The check's logic,
    // the English twins, each guide's text, printing and the offline cache read the same at any width.
    { name: 'desktop', testIgnore: API_SPECS, grep: /@layout/, use: { ...devices['Desktop Chrome'], ...chromium, viewport: { width: 1280, height: 800 } } },
    { name: 'api', testMatch: API_SPECS },
    // The staff workspace once more, served from PostgreSQL, so its flows hold on both databases.
    ...(WITH_POSTGRES ? [{ name: 'phone-postgres', testMatch: STAFF_SPECS, grepInvert: NOT_ON_POSTGRES, use: { ...phone, baseURL: `http://localhost:${PG_PORT}` } }] : []),
  ],
  webServer: [
    { ...server(PORT), command: ['node', ...SERVER_NODE_ARGS].join(' '), env: { ...serverEnv(PORT), DATA_DIR: process.env.E2E_DATA_DIR! } },
    ...(WITH_POSTGRES ? [{ ...server(PG_PORT), command: 'node --import tsx tests/e2e/postgres-server.ts', env: serverEnv(PG_PORT) }] : []),
  ],
});
