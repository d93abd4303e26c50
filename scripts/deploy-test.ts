import { type ChildProcess, spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import pg from 'pg';
import { addDays, localDate } from '@/lib/time';
import { bookingBodies, freeSeats, helpPointIds } from './bench/bookings';
import { waitForAnswer } from './bench/server';
import { buildIfNeeded } from './build-if-needed.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';
import { OPERATOR_ERROR_EXIT } from './operator-exit-code.js';
import { caddyRun, writeTestCaddyfile } from './deploy/caddy';
import { httpsRequest } from './deploy/https-client';
import { asProtectedService } from './deploy/protected-service';
import { readEnvironmentFile, readServiceStart } from './deploy/unit-file';
import { createDatabase, dropDatabase, postgresUnavailableReason } from './postgres-admin';
import { submitSignIn } from '../tests/e2e/staff-helpers';

/*
 * npm run test:deploy: deploy/ as a ward's server runs it, on this machine.
 * Two app instances start as vneid-help-point@.service starts them (its
 * command, folder and environment, deploy/vneid-help-point.env, the system
 * read-only but /tmp) on a PostgreSQL database made for the run; Debian's
 * Caddy serves them over HTTPS with deploy/Caddyfile.lan (tls internal),
 * changed only in its address and ports; Debian's Chromium trusts Caddy's
 * authority as a phone that installed it does. The PGlite unit and the backup
 * unit run too. Prints a line per check and exits 1 if one failed; whatever it
 * started or made is gone at the end, after a failure too.
 */

const SITE = { name: 'vneid-help-point.test', httpPort: 8080, httpsPort: 8443, upstreams: [3400, 3401] };
const ORIGIN = `https://${SITE.name}:${SITE.httpsPort}`;
const REFUSAL_PORT = 3402;
const PGLITE_PORT = 3403;
const RATE_PER_MINUTE = 3;
const BOOKINGS = 40;
const BOOKERS = 4;
const KILL_AFTER = 12;
const DAYS = Array.from({ length: 7 }, (_, i) => addDays(localDate(new Date()), i + 1));

const results: { name: string; error?: string; detail?: string }[] = [];
const cleanups: (() => unknown)[] = [];
const children: ChildProcess[] = [];
process.on('exit', () => children.forEach((child) => child.kill('SIGKILL')));

/** Runs one check, and records whether it passed; later checks run either way. */
async function check(name: string, run: () => Promise<string | void>): Promise<boolean> {
  try {
    results.push({ name, detail: (await run()) || undefined });
    return true;
  } catch (error) {
    results.push({ name, error: (error as Error).message });
    return false;
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const exited = (child: ChildProcess) => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise<void>((resolve) => child.once('exit', () => resolve())));

/** Starts a process with only the environment given, as systemd does; stopped at the end. */
function run(command: string[], env: Record<string, string>, stdio: StdioOptions): ChildProcess {
  const child = spawn(command[0], command.slice(1), { env: env as NodeJS.ProcessEnv, stdio });
  children.push(child);
  cleanups.push(async () => {
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(timer);
  });
  return child;
}

interface Unit {
  command: string[];
  env: Record<string, string>;
  protectedSystem: boolean;
}

/** A unit of deploy/ as systemd would start it from deploy/vneid-help-point.env, with this run's settings over it. */
function unit(file: string, instance: string, home: string, settings: Record<string, string>): Unit {
  const start = readServiceStart(`deploy/${file}`, instance);
  // Node is wherever this test's Node is; tests/unit/deploy-units.test.ts holds the units to /usr/bin/node.
  const command = start.execStart[0] === '/usr/bin/node' ? [process.execPath, ...start.execStart.slice(1)] : start.execStart;
  const env = { PATH: process.env.PATH!, HOME: home, ...start.environment, ...readEnvironmentFile('deploy/vneid-help-point.env'), ...settings };
  const protectedCommand = asProtectedService(command);
  return { command: protectedCommand ?? command, env, protectedSystem: protectedCommand !== null };
}

function startUnit({ command, env }: Unit, log: number): ChildProcess {
  return run(command, env, ['ignore', log, log]);
}

/** Starts an app unit and waits for its health check. */
async function startApp(app: Unit, log: number): Promise<ChildProcess> {
  const child = startUnit(app, log);
  await waitForAnswer(`http://127.0.0.1:${app.env.PORT}/api/health`, () => child.exitCode);
  return child;
}

/** Runs a oneshot unit to its end and returns its output. */
async function runOnce(oneshot: Unit): Promise<string> {
  const child = run(oneshot.command, oneshot.env, ['ignore', 'pipe', 'pipe']);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await exited(child);
  assert(child.exitCode === 0, `exited with ${child.exitCode ?? child.signalCode}: ${output.trim()}`);
  return output;
}

const bookingHeaders = (key: string, extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', origin: ORIGIN, 'idempotency-key': key, ...extra });

function toolMissing(): string | null {
  for (const [tool, file] of [
    ['caddy', '/usr/bin/caddy'],
    ['libnss3-tools', '/usr/bin/certutil'],
  ]) {
    if (!fs.existsSync(file)) return `${file} is missing: install Debian's ${tool} (sudo apt-get install caddy libnss3-tools)`;
  }
  if (!fs.existsSync(CHROMIUM_PATH)) return `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium or set CHROMIUM_PATH`;
  return null;
}

async function main(): Promise<void> {
  const unavailable = toolMissing() ?? (await postgresUnavailableReason());
  if (unavailable) {
    console[process.env.CI ? 'error' : 'warn'](`${process.env.CI ? '✗' : 'Skipping the deployment test:'} ${unavailable}${process.env.CI ? '; with CI=true the deployment test must run.' : '.'}`);
    process.exit(process.env.CI ? 1 : 0);
  }
  buildIfNeeded();
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-deploy-'));
  cleanups.push(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const home = path.join(tmp, 'home');
  fs.mkdirSync(home);
  const logs: string[] = [];
  const logFile = (name: string) => {
    logs.push(path.join(tmp, name));
    return fs.openSync(logs.at(-1)!, 'a');
  };
  const database = `vneid_deploy_${process.pid}`;
  const databaseUrl = await createDatabase(database);
  cleanups.push(() => dropDatabase(database));
  const settings = { PUBLIC_URL: ORIGIN, DATABASE_URL: databaseUrl, BOOKING_RATE_PER_MINUTE: String(RATE_PER_MINUTE) };

  await check('without PUBLIC_URL the service refuses to start (REQUIRE_PUBLIC_URL=1 in the unit)', async () => {
    const refusing = startUnit(unit('vneid-help-point@.service', String(REFUSAL_PORT), home, { ...settings, PUBLIC_URL: '' }), logFile('refusal.log'));
    const answered = await waitForAnswer(`http://127.0.0.1:${REFUSAL_PORT}/api/health`, () => refusing.exitCode).then(
      () => true,
      () => false,
    );
    assert(!answered, 'it started and answers');
    const log = fs.readFileSync(logs.at(-1)!, 'utf8');
    assert(refusing.exitCode === OPERATOR_ERROR_EXIT && log.includes('PUBLIC_URL'), `expected exit code ${OPERATOR_ERROR_EXIT} naming PUBLIC_URL, got ${refusing.exitCode ?? refusing.signalCode}: ${log.trim().slice(-300)}`);
    return log.trim().split('\n').at(-1);
  });

  const apps = SITE.upstreams.map((port) => unit('vneid-help-point@.service', String(port), home, settings));
  const instances: ChildProcess[] = [];
  const instancesUp = await check(`two instances on PostgreSQL start as vneid-help-point@.service runs them (ports ${SITE.upstreams.join(', ')})`, async () => {
    instances.push(...(await Promise.all(apps.map((app) => startApp(app, logFile(`app-${app.env.PORT}.log`))))));
    return apps[0].protectedSystem ? 'with the system read-only but /tmp, as ProtectSystem=strict and PrivateTmp leave it' : 'NOT read-only: no mount namespace here (not root?)';
  });
  if (!instancesUp) return;

  const caddyDir = path.join(tmp, 'caddy');
  fs.mkdirSync(caddyDir);
  const caddy = caddyRun(writeTestCaddyfile(caddyDir, SITE), home);
  const caddyLog = logFile('caddy.log');
  const proxy = run(caddy.command, caddy.env, ['ignore', caddyLog, caddyLog]);
  let ca = Buffer.alloc(0);
  const caddyUp = await check(`Caddy serves them at ${ORIGIN} with a certificate of its own authority (deploy/Caddyfile.lan)`, async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      assert(proxy.exitCode === null, `caddy exited with ${proxy.exitCode}`);
      if (fs.existsSync(caddy.rootCertificate)) {
        ca = fs.readFileSync(caddy.rootCertificate);
        const answer = await httpsRequest(`${ORIGIN}/api/health`, { from: '127.0.0.1', ca }).catch((error: Error) => ({ status: 0, body: error.message }));
        if (answer.status === 200) return;
        assert(Date.now() < deadline, `no health answer through Caddy within 30 s: ${answer.status} ${answer.body}`);
      }
      assert(Date.now() < deadline, 'Caddy made no local authority within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  if (!caddyUp) return;

  await check(`plain HTTP (port ${SITE.httpPort}) is sent on to HTTPS`, async () => {
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http.get({ host: '127.0.0.1', port: SITE.httpPort, path: '/guides', headers: { host: `${SITE.name}:${SITE.httpPort}` } }, resolve).on('error', reject),
    );
    answer.resume();
    assert(answer.statusCode === 308 && answer.headers.location === `${ORIGIN}/guides`, `got ${answer.statusCode} to ${answer.headers.location}`);
  });

  await browserChecks(home, caddy.rootCertificate);
  await rateLimitCheck(ca);
  await killCheck(databaseUrl, ca, instances[0]);
  await backupCheck(tmp, home, settings);
  await pgliteCheck(tmp, home, logFile('pglite.log'));
  console.log(`\nTook ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  if (results.some((result) => result.error)) for (const log of logs) console.error(`\n--- ${path.basename(log)} (last lines)\n${fs.readFileSync(log, 'utf8').trim().split('\n').slice(-15).join('\n')}`);
}

/** Chromium with Caddy's root certificate in its NSS database, as a phone that installed it: HSTS, the staff cookie, the service worker. */
async function browserChecks(home: string, rootCertificate: string): Promise<void> {
  const nssdb = `sql:${path.join(home, '.pki/nssdb')}`;
  fs.mkdirSync(path.join(home, '.pki/nssdb'), { recursive: true });
  for (const args of [
    ['-N', '--empty-password'],
    ['-A', '-t', 'C,,', '-n', 'Caddy local authority (test)', '-i', rootCertificate],
  ]) {
    const result = spawnSync('certutil', ['-d', nssdb, ...args], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`certutil ${args[0]} failed: ${result.stderr}`);
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${SITE.name} 127.0.0.1`],
    env: { ...process.env, HOME: home },
    // Playwright would otherwise exit at once on Ctrl+C, before the database and the folder are cleaned up.
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  cleanups.push(() => browser.close());
  const context = await browser.newContext({ baseURL: ORIGIN, serviceWorkers: 'allow', locale: 'vi-VN' });
  const page = await context.newPage();

  await check('Chromium trusts the certificate, and HTTPS answers carry Strict-Transport-Security', async () => {
    const response = await page.goto('/guides');
    const hsts = response?.headers()['strict-transport-security'];
    assert(response?.ok() && /max-age=\d+/.test(hsts ?? ''), `got ${response?.status()} with Strict-Transport-Security: ${hsts}`);
    return hsts;
  });
  const workerUp = await check('the service worker registers over HTTPS', async () => {
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    });
  });
  await check('staff sign-in sets the __Host-vneid_staff cookie, Secure and HttpOnly', async () => {
    await page.goto('/staff');
    await submitSignIn(page, 'huongdan-kp5', 'demo-kp5-2026');
    await page.waitForURL(/\/staff\/today$/);
    const cookie = (await context.cookies()).find((c) => c.name.includes('vneid_staff'));
    assert(cookie?.name === '__Host-vneid_staff' && cookie.secure && cookie.httpOnly && cookie.path === '/', `got ${JSON.stringify(cookie)}`);
  });
  if (workerUp) {
    await check('offline, a guide opens from the service worker', async () => {
      const title = JSON.parse(fs.readFileSync('messages/guides/vi/activate.json', 'utf8')).title;
      await context.setOffline(true);
      const response = await page.goto('/guides/activate');
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      assert(response?.fromServiceWorker() && heading === title, `fromServiceWorker ${response?.fromServiceWorker()}, heading "${heading}"`);
    });
  }
  await browser.close();
}

async function bookingCount(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('select count(*)::int as n from bookings')).rows[0].n;
  } finally {
    await client.end();
  }
}

let firstPerson = 0;
async function bodies(count: number) {
  const direct = `http://127.0.0.1:${SITE.upstreams[1]}`;
  const next = bookingBodies(await freeSeats(direct, await helpPointIds(direct), DAYS), firstPerson);
  firstPerson += count;
  return () => JSON.stringify(next());
}

/** Each client address gets its own budget through Caddy, and none can claim another's by sending X-Forwarded-For. */
async function rateLimitCheck(ca: Buffer): Promise<void> {
  await check(`rate limits count each client's own address through Caddy (BOOKING_RATE_PER_MINUTE=${RATE_PER_MINUTE}); a forged X-Forwarded-For changes nothing`, async () => {
    const body = await bodies(RATE_PER_MINUTE + 3);
    const book = (from: string, headers: Record<string, string> = {}) =>
      httpsRequest(`${ORIGIN}/api/bookings`, { method: 'POST', from, ca, headers: bookingHeaders(randomUUID(), headers), body: body() }).then((answer) => answer.status);
    const first: number[] = [];
    for (let i = 0; i < RATE_PER_MINUTE + 1; i++) first.push(await book('127.2.0.1'));
    const forged = await book('127.2.0.1', { 'x-forwarded-for': '203.0.113.9' });
    const other = await book('127.2.0.2');
    const expected = [...Array<number>(RATE_PER_MINUTE).fill(201), 429];
    assert(JSON.stringify(first) === JSON.stringify(expected), `127.2.0.1 got ${first.join(', ')}, expected ${expected.join(', ')}`);
    assert(forged === 429, `127.2.0.1 claiming to be 203.0.113.9 got ${forged}, expected 429`);
    assert(other === 201, `127.2.0.2 got ${other} after 127.2.0.1 used its budget: the app counts Caddy's address, not the client's`);
    return `127.2.0.1: ${first.join(', ')}, then ${forged} with X-Forwarded-For: 203.0.113.9; 127.2.0.2: ${other}`;
  });
}

/**
 * Bookings go on from BOOKERS clients while one instance is killed (SIGKILL):
 * every booking must end in a 201, once. A booking in flight inside the killed
 * instance gets a 502 from Caddy, and its client sends it again with the same
 * Idempotency-Key, as the site's own forms resend their request key.
 */
async function killCheck(databaseUrl: string, ca: Buffer, victim: ChildProcess): Promise<void> {
  await check(`one instance killed (SIGKILL) after ${KILL_AFTER} of ${BOOKINGS} bookings: every booking still succeeds, through the other`, async () => {
    const before = await bookingCount(databaseUrl);
    const body = await bodies(BOOKINGS);
    let nextIndex = 0;
    let done = 0;
    let killedAt = Infinity;
    const outcomes: { status: number | string; attempts: number; startedAt: number }[] = [];
    const booker = async () => {
      for (let i = nextIndex++; i < BOOKINGS; i = nextIndex++) {
        const key = randomUUID();
        const text = body();
        const outcome = { status: 0 as number | string, attempts: 0, startedAt: performance.now() };
        outcomes.push(outcome);
        while (outcome.attempts < 5) {
          outcome.attempts++;
          outcome.status = await httpsRequest(`${ORIGIN}/api/bookings`, { method: 'POST', from: `127.1.0.${i + 1}`, ca, headers: bookingHeaders(key), body: text }).then(
            (answer) => answer.status,
            (error: Error) => error.message,
          );
          if (outcome.status === 201 || (typeof outcome.status === 'number' && ![502, 503, 504].includes(outcome.status))) break;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        if (++done === KILL_AFTER) {
          victim.kill('SIGKILL');
          killedAt = performance.now();
        }
      }
    };
    await Promise.all(Array.from({ length: BOOKERS }, booker));
    const failed = outcomes.filter((outcome) => outcome.status !== 201);
    assert(failed.length === 0, `${failed.length} bookings failed: ${failed.map((outcome) => outcome.status).join(', ')}`);
    const added = (await bookingCount(databaseUrl)) - before;
    assert(added === BOOKINGS, `${added} bookings stored for ${BOOKINGS} acknowledged`);
    const resent = outcomes.filter((outcome) => outcome.attempts > 1);
    assert(resent.length <= BOOKERS, `${resent.length} bookings needed to be sent again, more than the ${BOOKERS} that can have been in flight when the instance died`);
    const afterKill = outcomes.filter((outcome) => outcome.startedAt > killedAt).length;
    return `${BOOKINGS} × 201, ${added} stored; ${resent.length} in flight at the kill sent again with their key; ${afterKill} started after the kill`;
  });
}

/** The backup unit's command (deploy/backup.sh) on the PostgreSQL database: a private copy, and old copies deleted. */
async function backupCheck(tmp: string, home: string, settings: Record<string, string>): Promise<void> {
  await check('the backup unit writes a copy (0600 in a 0700 folder) and deletes those older than KEEP_DAYS', async () => {
    const backups = path.join(tmp, 'backups');
    fs.mkdirSync(backups, { mode: 0o700 });
    const old = path.join(backups, 'vneid-backup-20200101-2100.json.gz');
    const recent = path.join(backups, 'vneid-backup-20200102-2100.json.gz');
    for (const [file, daysAgo] of [
      [old, 20],
      [recent, 2],
    ] as const) {
      fs.writeFileSync(file, '');
      const when = new Date(Date.now() - daysAgo * 86_400_000);
      fs.utimesSync(file, when, when);
    }
    const output = await runOnce(unit('vneid-help-point-backup.service', '', home, { ...settings, BACKUP_DIR: backups }));
    const made = fs.readdirSync(backups).filter((name) => !name.startsWith('vneid-backup-2020'));
    assert(made.length === 1 && /^vneid-backup-\d{8}-\d{4}\.json\.gz$/.test(made[0]), `made ${made.join(', ') || 'nothing'}: ${output}`);
    const mode = fs.statSync(path.join(backups, made[0])).mode & 0o777;
    assert(mode === 0o600, `the copy is ${mode.toString(8)}`);
    assert(!fs.existsSync(old) && fs.existsSync(recent), `20 days old ${fs.existsSync(old) ? 'kept' : 'deleted'}, 2 days old ${fs.existsSync(recent) ? 'kept' : 'deleted'}`);
    return output.trim().split('\n').at(-1);
  });
}

/** The one-instance unit on PGlite, writing only in its data folder, backed up while it runs (by the app, over its lock's socket). */
async function pgliteCheck(tmp: string, home: string, log: number): Promise<void> {
  await check('one instance on PGlite as vneid-help-point.service runs it: starts, is backed up while it runs, stops cleanly', async () => {
    const dataDir = path.join(tmp, 'pglite');
    const backups = path.join(tmp, 'pglite-backups');
    fs.mkdirSync(backups, { mode: 0o700 });
    const settings = { PORT: String(PGLITE_PORT), PUBLIC_URL: ORIGIN, DATA_DIR: dataDir };
    const app = await startApp(unit('vneid-help-point.service', '', home, settings), log);
    const mode = fs.statSync(dataDir).mode & 0o777;
    assert(mode === 0o700, `DATA_DIR is ${mode.toString(8)}`);
    const output = await runOnce(unit('vneid-help-point-backup.service', '', home, { ...settings, BACKUP_DIR: backups }));
    assert(output.includes('written by the running app'), `the backup did not come from the running app: ${output}`);
    app.kill('SIGTERM');
    await exited(app);
    assert(app.exitCode === 0, `stopped with ${app.exitCode ?? app.signalCode}`);
  });
}

let cleaning: Promise<void> | undefined;
/** Undoes what the run made, once, whether the run ends or is interrupted. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch((error: Error) => console.error(`Cleaning up: ${error.message}`));
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`${signal}: stopping what the test started…`);
    void cleanUp().then(() => process.exit(1));
  });
}
try {
  await main();
} catch (error) {
  results.push({ name: 'the test itself', error: (error as Error).stack });
} finally {
  await cleanUp();
}
console.log('\nDeployment (deploy/) on this machine:');
for (const { name, error, detail } of results) console.log(`${error ? '✗' : '✓'} ${name}${error ? `\n    ${error}` : detail ? `\n    ${detail}` : ''}`);
process.exit(results.some((result) => result.error) ? 1 : 0);
