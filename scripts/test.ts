import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { buildIfNeeded } from './build-if-needed.js';
import { CHROMIUM_PATH } from './chromium';
import { postgresUnavailableReason } from './postgres-admin';

process.env.NEXT_TELEMETRY_DISABLED = '1';

function run(title: string, command: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`✗ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
}

/** Runs the steps at once, then prints each one's output under its title; exits as the first that failed. */
async function runTogether(steps: [title: string, command: string, args: string[]][]): Promise<void> {
  const results = await Promise.all(
    steps.map(
      ([title, command, args]) =>
        new Promise<{ title: string; status: number | null; output: string }>((resolve) => {
          const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('close', (status) => resolve({ title, status, output }));
        }),
    ),
  );
  for (const { title, output } of results) console.log(`\n▶ ${title}\n${output.trimEnd()}`);
  const failed = results.find((result) => result.status !== 0);
  if (failed) {
    console.error(`✗ ${failed.title} failed.`);
    process.exit(failed.status ?? 1);
  }
}

function ensureChromium(): void {
  if (fs.existsSync(CHROMIUM_PATH)) return;
  if (process.env.CHROMIUM_PATH || process.getuid?.() !== 0) {
    console.error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  run("Installing Debian's Chromium", 'sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium']);
}

const bin = (name: string) => `node_modules/.bin/${name}`;

ensureChromium();
// Each runs on one core: side by side they take the time of the longer one.
await runTogether([
  ['Type check', bin('tsc'), ['--noEmit']],
  ['Lint', bin('eslint'), ['--max-warnings=0', '.']],
]);
run('Unit and database tests (PGlite and PostgreSQL; the booking tests also far west and far east of UTC)', bin('vitest'), ['run']);
const noPostgres = await postgresUnavailableReason();
if (noPostgres && process.env.CI) {
  console.error(`✗ ${noPostgres}; with CI=true the PostgreSQL tests must run.`);
  process.exit(1);
}
if (noPostgres) {
  console.warn(`Skipping the browser tests on PostgreSQL: ${noPostgres}.`);
  process.env.E2E_POSTGRES = '0';
}
console.log('\n▶ Production build');
buildIfNeeded();
run('Browser tests (production build, phone and desktop; staff workspace on PGlite and PostgreSQL)', bin('playwright'), ['test']);
run("Deployment: deploy/'s units and Caddy over HTTPS in front of two instances on PostgreSQL, driven by Chromium", bin('tsx'), ['scripts/deploy-test.ts']);
