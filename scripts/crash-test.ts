import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DbConfig } from '@/db/config';
import { addDays, localDate } from '@/lib/time';
import { freePort } from './bench/server';
import { helpPointIds, openSlots, oversoldSlots } from './bench/bookings';
import { childPids } from './child-pids';
import { createDatabase, dropDatabase, postgresUnavailableReason } from './postgres-admin';
import { SERVER_NODE_ARGS } from './server-command';

/*
 * npm run test:crash: `npm start` (its supervisor and the server) is killed
 * with SIGKILL, as by a power cut, at a random moment (100–1500 ms after every
 * client had its first answer) while parallel clients book, and started again
 * at once on the same data, CRASH_CYCLES times (default 20) per database. Then
 * the server runs out of heap by its own fault under the same load,
 * FAULTS.length times (scripts/crash-test-fault.js), and the supervisor must
 * bring it back within RESTART_LIMIT_MS. Every booking
 * whose 201 reached a client must be there at the end, no slot oversold, and
 * every restart must answer its health check on the first try.
 */

const CYCLES = Number(process.env.CRASH_CYCLES) || 20;
const FAULTS = ['burst', 'leak', 'burst', 'leak'] as const;
// The supervisor waits 1, 2, 4 then 8 s before restarting a server that keeps dying young; then the server starts.
const RESTART_LIMIT_MS = 30_000;
// A fault that has not ended the process by then never will.
const FAULT_LIMIT_MS = 20_000;
const FAULT_PRELOAD = pathToFileURL(path.resolve('scripts/crash-test-fault.js')).href;
const FAULT_TRIGGER = path.join(os.tmpdir(), `vneid-crash-fault-${process.pid}`);
const CLIENTS = 12;
const SLOTS_PER_CYCLE = 20;
const FIRST_START_TIMEOUT_MS = 600_000; // may build first
const START_TIMEOUT_MS = 120_000;
const WARM_UP_LIMIT_MS = 30_000;
const DAYS = Array.from({ length: 12 }, (_, i) => addDays(localDate(new Date()), i + 1));

const started: ChildProcess[] = [];
// A failed run must not leave a server behind.
process.on('exit', () => {
  started.forEach(kill);
  fs.rmSync(FAULT_TRIGGER, { force: true });
});

interface Server {
  child: ChildProcess;
  baseUrl: string;
  stderr: () => string;
}

/** Starts `npm start`'s supervisor (scripts/serve.js) in its own process group; null (with why) when it exits or never answers. */
async function start(port: number, env: Record<string, string>, timeoutMs: number): Promise<Server | { failed: string }> {
  const child = spawn(process.execPath, SERVER_NODE_ARGS, {
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: '1',
      PORT: String(port),
      BOOKING_RATE_PER_MINUTE: '0',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import=${FAULT_PRELOAD}`.trim(),
      CRASH_TEST_FAULT: FAULT_TRIGGER,
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const server = { child, baseUrl: `http://127.0.0.1:${port}`, stderr: () => stderr };
  if (await answersHealth(server, timeoutMs)) return server;
  const exit = child.exitCode ?? child.signalCode;
  kill(child);
  return { failed: `${exit === null ? `no health answer within ${timeoutMs / 1000} s` : `exited with ${exit}`}: ${stderr.trim()}` };
}

/** Whether the server answers its health check within timeoutMs (false as soon as its supervisor exits). */
async function answersHealth({ child, baseUrl }: Server, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && child.exitCode === null && child.signalCode === null) {
    try {
      if ((await request(`${baseUrl}/api/health`)).status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Kills the supervisor and its server at once, as a power cut would. */
function kill(supervisor: ChildProcess): void {
  const running = supervisor.exitCode === null && supervisor.signalCode === null;
  // Looked up first: once the supervisor is gone, its server is no longer its child.
  const servers = running ? childPids(supervisor.pid!) : [];
  for (const pid of [-supervisor.pid!, ...servers]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** Makes the server break by its own fault (scripts/crash-test-fault.js), the file appearing whole. */
function breakServer(fault: (typeof FAULTS)[number]): void {
  fs.writeFileSync(`${FAULT_TRIGGER}.tmp`, fault);
  fs.renameSync(`${FAULT_TRIGGER}.tmp`, FAULT_TRIGGER);
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', () => resolve()));
}

// node:http rather than fetch: Node 20's fetch can throw an uncatchable "terminated" when the server dies mid-answer.
const agent = new http.Agent({ keepAlive: true, maxSockets: 32 });

/** One request; rejects when the connection fails or breaks before the whole answer arrived. */
function request(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => (res.complete ? resolve({ status: res.statusCode!, body }) : reject(new Error('answer cut short'))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

interface Acknowledged {
  code: string;
  token: string;
}

let phoneNumber = 0;

/** Clients booking random seats among a few slots until the server stops answering; loaded() once each has had an answer. */
async function bookUntilKilled(baseUrl: string, slots: { helpPointId: number; startsAt: string }[], acknowledged: Acknowledged[], loaded: () => void): Promise<{ acknowledged: number; refused: number; other: number }> {
  let done = 0;
  let refused = 0;
  let other = 0;
  let warmClients = 0;
  const client = async () => {
    let warm = false;
    for (;;) {
      phoneNumber++;
      const slot = slots[Math.floor(Math.random() * slots.length)];
      const body = { ...slot, fullName: `Người thử sập ${phoneNumber}`, phone: `093${String(phoneNumber).padStart(7, '0')}`, people: 1 + (phoneNumber % 2), need: 'unsure', consent: true };
      let response: { status: number; body: string };
      try {
        response = await request(`${baseUrl}/api/bookings`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      } catch {
        return; // the server is gone; a 201 cut short never reached the client
      }
      if (!warm) {
        warm = true;
        if (++warmClients === CLIENTS) loaded();
      }
      if (response.status === 201) {
        const { code, token } = JSON.parse(response.body) as Acknowledged;
        acknowledged.push({ code, token });
        done++;
      } else if (response.status === 409) {
        refused++;
      } else {
        other++;
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { acknowledged: done, refused, other };
}

/** How many of the acknowledged bookings the server gives back with their code and token. */
async function found(baseUrl: string, acknowledged: Acknowledged[]): Promise<{ found: number; missing: string[] }> {
  const missing: string[] = [];
  let next = 0;
  const reader = async () => {
    while (next < acknowledged.length) {
      const { code, token } = acknowledged[next++];
      const response = await request(`${baseUrl}/api/bookings/${code}`, { headers: { Authorization: `Bearer ${token}` } });
      const booking = response.status === 200 ? (JSON.parse(response.body) as { code?: string; status?: string }) : {};
      if (booking.code !== code || booking.status === 'cancelled') missing.push(`${code} (${response.status})`);
    }
  };
  await Promise.all(Array.from({ length: 16 }, reader));
  return { found: acknowledged.length - missing.length, missing };
}

interface Result {
  database: string;
  cycles: number;
  acknowledged: number;
  found: number;
  oversold: number;
  failedRestarts: number;
  broughtBack: number;
  slowestComeBackMs: number;
  refused: number;
  otherAnswers: number;
}

type Cause = 'kill' | (typeof FAULTS)[number];
const FAULT_TEXT: Record<(typeof FAULTS)[number], string> = { burst: 'ran out of heap in one go', leak: 'leaked its heap away' };
// The supervisor's line for each restart (scripts/supervise.js).
const RESTART_LINE = /^The server stopped \(.+\) after .+: restarting it in .+$/m;

async function crashCycles(name: string, config: DbConfig, env: Record<string, string>): Promise<Result> {
  const port = await freePort();
  const acknowledged: Acknowledged[] = [];
  let failedRestarts = 0;
  let broughtBack = 0;
  let slowestComeBackMs = 0;
  let refused = 0;
  let otherAnswers = 0;
  let slots: { helpPointId: number; startsAt: string }[] = [];

  const startOnce = async (first: boolean): Promise<Server> => {
    const server = await start(port, env, first ? FIRST_START_TIMEOUT_MS : START_TIMEOUT_MS);
    if (!('failed' in server)) return server;
    if (first) throw new Error(`the first start failed: ${server.failed}`);
    failedRestarts++;
    console.log(`  restart failed: ${server.failed}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return startOnce(false);
  };

  let server = await startOnce(true);
  const open = await openSlots(server.baseUrl, await helpPointIds(server.baseUrl), DAYS);
  slots = open.map(({ helpPointId, startsAt }) => ({ helpPointId, startsAt })).sort(() => Math.random() - 0.5);
  const causes: Cause[] = [...Array<Cause>(CYCLES).fill('kill'), ...FAULTS];
  for (const [cycle, cause] of causes.entries()) {
    const first = (cycle * SLOTS_PER_CYCLE) % slots.length;
    const pool = slots.slice(first, first + SLOTS_PER_CYCLE);
    const crashAfter = 100 + Math.floor(Math.random() * 1400);
    const running = server;
    const [serverPid] = childPids(running.child.pid!);
    const logFrom = running.stderr().length;
    let watchdog: NodeJS.Timeout | undefined;
    const crash = () => {
      if (cause === 'kill') return kill(running.child);
      breakServer(cause);
      // A fault that left the process up would leave the clients booking forever.
      watchdog = setTimeout(() => process.kill(serverPid, 'SIGKILL'), FAULT_LIMIT_MS);
    };
    // The clock starts once every client has had an answer: a fresh server's first bookings are slow (code loading, JIT).
    let timer = setTimeout(crash, WARM_UP_LIMIT_MS);
    const answers = await bookUntilKilled(running.baseUrl, pool, acknowledged, () => {
      clearTimeout(timer);
      timer = setTimeout(crash, crashAfter);
    });
    clearTimeout(timer);
    clearTimeout(watchdog);
    refused += answers.refused;
    otherAnswers += answers.other;
    const load = `${crashAfter} ms into the load, ${answers.acknowledged} bookings acknowledged, ${answers.refused} full`;
    if (cause === 'kill') {
      kill(running.child);
      console.log(`  cycle ${cycle + 1}: killed ${load}`);
      // Restarted at once: the killed process may not even have been reaped yet.
      server = await startOnce(false);
      void exited(running.child);
      continue;
    }
    const downAt = Date.now();
    const back = (await answersHealth(running, RESTART_LIMIT_MS)) && childPids(running.child.pid!)[0] !== serverPid;
    const comeBackMs = Date.now() - downAt;
    const log = running.stderr().slice(logFrom);
    const restart = RESTART_LINE.exec(log)?.[0];
    if (back && restart && log.includes('JavaScript heap out of memory')) {
      broughtBack++;
      slowestComeBackMs = Math.max(slowestComeBackMs, comeBackMs);
      console.log(`  cycle ${cycle + 1}: ${FAULT_TEXT[cause]} ${load}; answering again ${(comeBackMs / 1000).toFixed(1)} s later (${restart})`);
    } else {
      console.log(`  cycle ${cycle + 1}: the ${cause} fault was not brought back within ${RESTART_LIMIT_MS / 1000} s: ${log.trim()}`);
      kill(running.child);
      server = await startOnce(false);
    }
  }
  const check = await found(server.baseUrl, acknowledged);
  if (check.missing.length) console.log(`  missing: ${check.missing.slice(0, 20).join(', ')}`);
  server.child.kill('SIGTERM');
  await exited(server.child);
  return { database: name, cycles: CYCLES, acknowledged: acknowledged.length, found: check.found, oversold: await oversoldSlots(config), failedRestarts, broughtBack, slowestComeBackMs, refused, otherAnswers };
}

const results: Result[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-crash-'));
try {
  console.log(`PGlite in ${dataDir}, ${CYCLES} kills and ${FAULTS.length} faults of its own, ${CLIENTS} clients:`);
  results.push(await crashCycles('PGlite', { kind: 'pglite', dataDir }, { DATA_DIR: dataDir }));
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
const unavailable = await postgresUnavailableReason();
if (unavailable) {
  console.log(`Skipping PostgreSQL: ${unavailable}.`);
} else {
  const name = `vneid_crash_${process.pid}`;
  const url = await createDatabase(name);
  try {
    console.log(`PostgreSQL database ${name}, ${CYCLES} kills and ${FAULTS.length} faults of its own, ${CLIENTS} clients:`);
    results.push(await crashCycles('PostgreSQL', { kind: 'postgres', url }, { DATABASE_URL: url }));
  } finally {
    await dropDatabase(name);
  }
}

console.log('\n| database | kills | acknowledged (201) | found after restarts | oversold slots | failed restarts | own faults brought back | slowest come-back | refused full (409) | other answers |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  console.log(`| ${r.database} | ${r.cycles} | ${r.acknowledged} | ${r.found} | ${r.oversold} | ${r.failedRestarts} | ${r.broughtBack} of ${FAULTS.length} | ${(r.slowestComeBackMs / 1000).toFixed(1)} s | ${r.refused} | ${r.otherAnswers} |`);
}
const ok = results.every((r) => r.found === r.acknowledged && r.oversold === 0 && r.failedRestarts === 0 && r.broughtBack === FAULTS.length);
console.log(
  ok
    ? '\nNo acknowledged booking lost, no slot oversold, every restart on its first try, every crash of its own brought back by the supervisor.'
    : '\nFAILED: see the table.',
);
process.exit(ok ? 0 : 1);
