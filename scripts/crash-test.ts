import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { DbConfig } from '@/db/config';
import { addDays, localDate } from '@/lib/time';
import { freePort } from './bench/server';
import { helpPointIds, openSlots, oversoldSlots } from './bench/bookings';
import { createDatabase, dropDatabase, postgresUnavailableReason } from './postgres-admin';
import { SERVER_NODE_ARGS } from './server-command';

/*
 * npm run test:crash: the server is killed (SIGKILL, its whole process group)
 * at a random moment (100–1500 ms after every client had its first answer) while
 * parallel clients book, and restarted at once on the same data, CRASH_CYCLES
 * times (default 20) per database. Every booking
 * whose 201 reached a client must be there at the end, no slot oversold, and
 * every restart must answer its health check on the first try.
 */

const CYCLES = Number(process.env.CRASH_CYCLES) || 20;
const CLIENTS = 12;
const SLOTS_PER_CYCLE = 20;
const FIRST_START_TIMEOUT_MS = 600_000; // may build first
const START_TIMEOUT_MS = 120_000;
const WARM_UP_LIMIT_MS = 30_000;
const DAYS = Array.from({ length: 12 }, (_, i) => addDays(localDate(new Date()), i + 1));

const started: ChildProcess[] = [];
// A failed run must not leave a server behind.
process.on('exit', () => started.forEach(kill));

interface Server {
  child: ChildProcess;
  baseUrl: string;
  stderr: () => string;
}

/** Starts scripts/start.ts in its own process group; null (with why) when it exits or never answers. */
async function start(port: number, env: Record<string, string>, timeoutMs: number): Promise<Server | { failed: string }> {
  const child = spawn(process.execPath, SERVER_NODE_ARGS, {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), BOOKING_RATE_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  started.push(child);
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return { failed: `exited with ${child.exitCode ?? child.signalCode}: ${stderr.trim()}` };
    try {
      if ((await request(`${baseUrl}/api/health`)).status === 200) return { child, baseUrl, stderr: () => stderr };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  kill(child);
  return { failed: `no health answer within ${timeoutMs / 1000} s: ${stderr.trim()}` };
}

function kill(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
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
  refused: number;
  otherAnswers: number;
}

async function crashCycles(name: string, config: DbConfig, env: Record<string, string>): Promise<Result> {
  const port = await freePort();
  const acknowledged: Acknowledged[] = [];
  let failedRestarts = 0;
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
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const pool = slots.slice((cycle * SLOTS_PER_CYCLE) % slots.length, ((cycle * SLOTS_PER_CYCLE) % slots.length) + SLOTS_PER_CYCLE);
    const killAfter = 100 + Math.floor(Math.random() * 1400);
    const running = server;
    // The clock starts once every client has had an answer: a fresh server's first bookings are slow (code loading, JIT).
    let timer = setTimeout(() => kill(running.child), WARM_UP_LIMIT_MS);
    const answers = await bookUntilKilled(running.baseUrl, pool, acknowledged, () => {
      clearTimeout(timer);
      timer = setTimeout(() => kill(running.child), killAfter);
    });
    clearTimeout(timer);
    kill(running.child);
    refused += answers.refused;
    otherAnswers += answers.other;
    console.log(`  cycle ${cycle + 1}: killed ${killAfter} ms into the load, ${answers.acknowledged} bookings acknowledged, ${answers.refused} full`);
    // Restarted at once: the killed process may not even have been reaped yet.
    server = await startOnce(false);
    void exited(running.child);
  }
  const check = await found(server.baseUrl, acknowledged);
  if (check.missing.length) console.log(`  missing: ${check.missing.slice(0, 20).join(', ')}`);
  server.child.kill('SIGTERM');
  await exited(server.child);
  return { database: name, cycles: CYCLES, acknowledged: acknowledged.length, found: check.found, oversold: await oversoldSlots(config), failedRestarts, refused, otherAnswers };
}

const results: Result[] = [];
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-crash-'));
try {
  console.log(`PGlite in ${dataDir}, ${CYCLES} cycles, ${CLIENTS} clients:`);
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
    console.log(`PostgreSQL database ${name}, ${CYCLES} cycles, ${CLIENTS} clients:`);
    results.push(await crashCycles('PostgreSQL', { kind: 'postgres', url }, { DATABASE_URL: url }));
  } finally {
    await dropDatabase(name);
  }
}

console.log('\n| database | cycles | acknowledged (201) | found after restarts | oversold slots | failed restarts | refused full (409) | other answers |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.database} | ${r.cycles} | ${r.acknowledged} | ${r.found} | ${r.oversold} | ${r.failedRestarts} | ${r.refused} | ${r.otherAnswers} |`);
const ok = results.every((r) => r.found === r.acknowledged && r.oversold === 0 && r.failedRestarts === 0);
console.log(ok ? '\nNo acknowledged booking lost, no slot oversold, every restart on its first try.' : '\nFAILED: see the table.');
process.exit(ok ? 0 : 1);
