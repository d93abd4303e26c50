import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT || 3100);
// Set once in the main process; workers inherit it, so all share one server.
process.env.E2E_DATA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-e2e-'));

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const chromium = {
  launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS },
  // An English browser: the app must still answer in Vietnamese.
  locale: 'en-US',
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'line' : 'list',
  use: { baseURL: `http://localhost:${PORT}`, trace: 'off' },
  projects: [
    { name: 'phone', testIgnore: /(cli|api)\.spec/, use: { ...devices['Pixel 5'], ...chromium, viewport: { width: 360, height: 740 } } },
    // Bookings change shared data, so the booking flow runs once, at the phone viewport the issue names.
    // Staff pages are checked at the phone viewport, where the team works.
    { name: 'desktop', testIgnore: /(cli|api|booking|staff|accounts|help-points)\.spec/, use: { ...devices['Desktop Chrome'], ...chromium, viewport: { width: 1280, height: 800 } } },
    { name: 'api', testMatch: /(cli|api)\.spec/ },
  ],
  webServer: {
    command: 'node --import tsx scripts/start.ts',
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    // TRUST_PROXY lets API tests act as many different clients through X-Forwarded-For.
    env: { PORT: String(PORT), DATA_DIR: process.env.E2E_DATA_DIR, DATABASE_URL: '', NEXT_TELEMETRY_DISABLED: '1', TRUST_PROXY: '1', BOOKING_RATE_PER_MINUTE: '60' },
  },
});
