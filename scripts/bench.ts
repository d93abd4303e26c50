import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DbConfig } from '@/db/config';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { addDays, localDate } from '@/lib/time';
import { bookAtOnce, bookingBodies, describeCounts, freeSeats, helpPointIds, openSlots, oversoldSlots, setSeatsPerSlot, slotBookings } from './bench/bookings';
import { bareNextRows } from './bench/bare-next';
import { burst } from './bench/burst';
import { campaignRows } from './bench/campaign';
import { policeReimportRows } from './bench/police-reimport';
import { lighthouseRows } from './bench/lighthouse';
import { kioskRows } from './bench/kiosk';
import { describeThisMachine } from './bench/machine';
import { peakResidentMb, residentMb } from './bench/memory';
import { precacheRows } from './bench/precache';
import { freePort, type RunningServer, startServer } from './bench/server';
import { type Row, formatTable, round, row, writeResults } from './bench/table';
import { CONNECTIONS, measureGet, measurePosts } from './bench/throughput';
import { weightRows } from './bench/weight';
import { buildIfNeeded } from './build-if-needed.js';
import { createDatabase, dropDatabase, postgresUnavailableReason } from './postgres-admin';

const DURATION = Number(process.env.BENCH_DURATION || 10);
// BENCH_PAGES=0 skips page weight, Lighthouse and the kiosk, for a quick look at the server alone.
const WITH_PAGES = process.env.BENCH_PAGES !== '0';
// BENCH_CAMPAIGN=0 skips the 70,000-person town (and the million outcomes on PostgreSQL), which takes a few minutes.
const WITH_CAMPAIGN = process.env.BENCH_CAMPAIGN !== '0';
// BENCH_PGLITE=0 or BENCH_POSTGRES=0 leaves that database out.
const WITH_PGLITE = process.env.BENCH_PGLITE !== '0';
const WITH_POSTGRES = process.env.BENCH_POSTGRES !== '0';
const GUIDE_PAGES = GUIDE_SLUGS.map((slug) => `/guides/${slug}`);
const PAGES = ['/', '/start', '/guides', ...GUIDE_PAGES];
const LIGHTHOUSE_PAGES = ['/start', ...GUIDE_PAGES];
const STATIC_PAGE = '/guides/install-app';
// The largest file in public/: what the server gives when nothing stands in front of a file.
const PUBLIC_FILE = '/icons/icon-512.png';
const BOOKING_DAYS = Array.from({ length: 12 }, (_, i) => addDays(localDate(new Date()), i + 1));
// The crowd: BURST.requests booking requests at once for BURST.slots slots of BURST.seats seats each, at the first help point.
const BURST = { requests: 1000, slots: 10, seats: 10, firstPerson: 5_000_000 };
const TWO_INSTANCES = { requests: 100, firstPerson: 7_000_000 };
const MEMORY_LIMIT_MB = 400;
// Bookings are measured for throughput, and the crowd's one process stands for a thousand phones:
// the limits per client (rate, requests and connections at once) are off for the bench.
const BENCH_ENV = { BOOKING_RATE_PER_MINUTE: '0', MAX_REQUESTS_PER_CLIENT: '100000', MAX_CONNECTIONS_PER_CLIENT: '100000' };

const status = async (url: string) => (await fetch(url, { redirect: 'manual' })).status;
const benchPort = async (offset = 0) => (process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) + offset : await freePort());
const serverEnv = (config: DbConfig) => (config.kind === 'pglite' ? { ...BENCH_ENV, DATA_DIR: config.dataDir, DATABASE_URL: '' } : { ...BENCH_ENV, DATABASE_URL: config.url });

/** Page weight and Lighthouse on the pages that answer; a failed row for each that does not. */
async function pageRows(baseUrl: string): Promise<Row[]> {
  const rows: Row[] = [];
  const answering: string[] = [];
  // One at a time, so each page is rendered once before it is measured.
  for (const page of PAGES) {
    const code = await status(`${baseUrl}${page}`);
    if (code === 200) answering.push(page);
    else rows.push(row(page, 'HTTP status', '200', code, '', false));
  }
  rows.push(...(await weightRows(baseUrl, answering)));
  rows.push(...(await precacheRows(baseUrl)));
  rows.push(...(await lighthouseRows(baseUrl, LIGHTHOUSE_PAGES.filter((page) => answering.includes(page)))));
  rows.push(...(await bareNextRows()));
  rows.push(...(await kioskRows(baseUrl)));
  return rows;
}

const failed = (failures: number) => (failures ? ` (${failures} failed)` : '');
const failedWith = (failures: string[]) => (failures.length ? ` (${failures.length} failed: ${[...new Set(failures)].join(', ')})` : '');

/** A prerendered guide against a file from public/, one after the other on the same server. */
async function guideCostRows(baseUrl: string, name: string): Promise<{ rows: Row[]; guideRps: number }> {
  const file = await measureGet(`${baseUrl}${PUBLIC_FILE}`, DURATION);
  const guide = await measureGet(`${baseUrl}${STATIC_PAGE}`, DURATION);
  const ratio = guide.rps / file.rps;
  const clean = file.failures + guide.failures === 0;
  return {
    guideRps: guide.rps,
    rows: [
      row(`GET ${PUBLIC_FILE} (${name})`, `requests/s${failed(file.failures)}`, '—', round(file.rps), 'requests/s', null),
      row(`GET ${STATIC_PAGE} (${name})`, `requests/s${failed(guide.failures)}`, '—', round(guide.rps), 'requests/s', null),
      row(`GET ${STATIC_PAGE} (${name})`, 'p99 latency', '—', guide.p99, 'ms', null),
      row(`GET ${STATIC_PAGE} (${name})`, `guide's rate / ${PUBLIC_FILE}'s rate`, '≥ 0.8', round(ratio, 2), '', clean && ratio >= 0.8),
    ],
  };
}

/** BURST.requests booking requests at once for the burst point's first BURST.slots free slots, guides read meanwhile. */
async function burstRows(baseUrl: string, name: string, pointId: number): Promise<Row[]> {
  const slots = (await openSlots(baseUrl, [pointId], BOOKING_DAYS)).filter((slot) => slot.seatsLeft === BURST.seats).slice(0, BURST.slots);
  const seats = slots.length * BURST.seats;
  const result = await burst(baseUrl, slots, BURST.requests, BURST.firstPerson, STATIC_PAGE);
  const booked = result.counts['201'] ?? 0;
  const full = result.counts['409'] ?? 0;
  const subject = `booking burst (${name})`;
  const what = `${BURST.requests.toLocaleString('en')} requests at once for ${seats} seats in ${slots.length} slots`;
  return [
    row(subject, `${what}: booked`, `= ${seats}`, booked, '', booked === seats && slots.length === BURST.slots),
    row(subject, `${what}: refused as full (answers: ${describeCounts(result.counts)})`, `= ${BURST.requests - seats}`, full, '', full === BURST.requests - seats),
    row(subject, 'from the first request to the last answer', '—', round(result.ms / 1000, 1), 's', null),
    row(subject, `GET ${STATIC_PAGE} during the burst, p99 of ${result.guideReads} loads by 10 readers${failedWith(result.guideFailures)}`, '≤ 200 ms', round(result.guideP99), 'ms', result.guideFailures.length === 0 && result.guideP99 <= 200),
  ];
}

/** Booking POSTs, each a different person, over enough seats that capacity is never the limit. */
async function bookingRows(baseUrl: string, name: string, pointIds: number[], guideRps: number): Promise<Row[]> {
  const seats = await freeSeats(baseUrl, pointIds, BOOKING_DAYS);
  const post = await measurePosts(`${baseUrl}/api/bookings`, DURATION, bookingBodies(seats));
  const subject = `POST /api/bookings (${name})`;
  return [
    row(subject, 'bookings/s', '≥ 300', round(post.rps), 'bookings/s', post.rps >= 300),
    row(subject, 'p99 latency', '≤ 100 ms', post.p99, 'ms', post.p99 <= 100),
    row(subject, 'failed requests', '= 0', post.failures, '', post.failures === 0),
    row(subject, `bookings/s / GET ${STATIC_PAGE}'s requests/s`, '—', round(post.rps / guideRps, 2), '', null),
  ];
}

/**
 * A second app instance on the same PostgreSQL database; bookings for one empty slot sent to both at once. Besides the
 * answers, the database must hold one booking per 201, each of another phone and person of the register, taking the seats
 * the slot counts as taken.
 */
async function twoInstanceRows(first: RunningServer, config: DbConfig, env: Record<string, string>, pointId: number): Promise<Row[]> {
  const second = await startServer({ port: await benchPort(1), env });
  try {
    const [slot] = await openSlots(first.baseUrl, [pointId], BOOKING_DAYS);
    const counts = await bookAtOnce([first.baseUrl, second.baseUrl], [slot], TWO_INSTANCES.requests, TWO_INSTANCES.firstPerson);
    const booked = counts['201'] ?? 0;
    const stored = await slotBookings(config, slot);
    const subject = 'two app instances on one PostgreSQL';
    const what = `${TWO_INSTANCES.requests} requests at once, half to each, for a slot of ${slot.seatsLeft} seats (answers: ${describeCounts(counts)})`;
    const consistent = [stored.bookings, stored.phones, stored.people, stored.seats, stored.taken].every((n) => n === booked);
    return [
      row(subject, `${what}: booked`, `= ${slot.seatsLeft}`, booked, '', booked === slot.seatsLeft),
      row(
        subject,
        `bookings stored for that slot (${stored.phones} phones, ${stored.people} people in the register, ${stored.seats} seats booked, ${stored.taken} counted taken)`,
        '= booked, each once',
        stored.bookings,
        '',
        consistent,
      ),
    ];
  } finally {
    await second.stop();
  }
}

/**
 * One database's part of the table: the server started on an empty database
 * (migrations and demo data), stopped, started again on the data it left,
 * and measured while its peak memory is kept by the kernel (VmHWM).
 */
async function serverRun(name: string, config: DbConfig, withPages: boolean): Promise<Row[]> {
  const env = serverEnv(config);
  const port = await benchPort();
  const first = await startServer({ port, env });
  let pointIds: number[];
  let firstPeakMb: number;
  try {
    pointIds = await helpPointIds(first.baseUrl);
    firstPeakMb = peakResidentMb(first.pid);
  } finally {
    await first.stop();
  }
  const [burstPoint, sharedPoint, ...otherPoints] = pointIds;
  await setSeatsPerSlot(config, burstPoint, BURST.seats);

  const server = await startServer({ port, env });
  const idleMb = residentMb(server.pid);
  const rows: Row[] = [
    row(`npm start (${name})`, 'first start, empty database (migrations, demo data), to the first 200 of /api/health', '—', round(first.startupMs / 1000, 1), 's', null),
    row(`npm start (${name})`, 'start on an existing database, to the first 200 of /api/health', '≤ 3 s', round(server.startupMs / 1000, 2), 's', server.startupMs <= 3000),
  ];
  let peakMb: number;
  try {
    if (withPages) rows.push(...(await pageRows(server.baseUrl)));
    const cost = await guideCostRows(server.baseUrl, name);
    rows.push(...cost.rows);
    rows.push(...(await burstRows(server.baseUrl, name, burstPoint)));
    rows.push(...(await bookingRows(server.baseUrl, name, otherPoints, cost.guideRps)));
    if (config.kind === 'postgres') rows.push(...(await twoInstanceRows(server, config, env, sharedPoint)));
    peakMb = peakResidentMb(server.pid);
  } finally {
    await server.stop();
  }
  const limit = config.kind === 'pglite' ? MEMORY_LIMIT_MB : null;
  rows.push(
    row(`server memory (${name})`, 'peak resident, first start on an empty database', '—', round(firstPeakMb), 'MB', null),
    row(`server memory (${name})`, 'resident right after a start on an existing database, idle', '—', round(idleMb), 'MB', null),
    row(`server memory (${name})`, 'peak resident over the whole run (VmHWM)', limit ? `≤ ${limit} MB` : '—', round(peakMb), 'MB', limit ? peakMb <= limit : null),
  );
  const oversold = await oversoldSlots(config);
  rows.push(row(`database (${name})`, 'oversold slots after the run', '= 0', oversold, '', oversold === 0));
  return rows;
}

async function withPostgres(run: (url: string) => Promise<Row[]>, what = 'POST /api/bookings'): Promise<Row[]> {
  const unavailable = await postgresUnavailableReason();
  if (unavailable) return [row(`${what} (PostgreSQL)`, 'skipped', '—', unavailable, '', null)];
  const name = `vneid_bench_${process.pid}_${Date.now()}`;
  try {
    return await run(await createDatabase(name));
  } finally {
    await dropDatabase(name);
  }
}

async function withDataDir(prefix: string, run: (dataDir: string) => Promise<Row[]>): Promise<Row[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return await run(dataDir);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  buildIfNeeded();
  const machine = await describeThisMachine(`${DURATION} s per load test at ${CONNECTIONS} connections`);
  const rows: Row[] = [];
  if (WITH_PGLITE) rows.push(...(await withDataDir('vneid-bench-', (dataDir) => serverRun('PGlite', { kind: 'pglite', dataDir }, WITH_PAGES))));
  if (WITH_POSTGRES) rows.push(...(await withPostgres((url) => serverRun('PostgreSQL', { kind: 'postgres', url }, false))));
  if (WITH_CAMPAIGN && WITH_PGLITE) {
    rows.push(...(await withDataDir('vneid-bench-town-', (dataDir) => campaignRows('PGlite', { kind: 'pglite', dataDir }, { ...BENCH_ENV, DATA_DIR: dataDir, DATABASE_URL: '' }))));
  }
  if (WITH_CAMPAIGN && WITH_POSTGRES) {
    rows.push(...(await withPostgres((url) => campaignRows('PostgreSQL', { kind: 'postgres', url }, { ...BENCH_ENV, DATABASE_URL: url }), '/staff/campaign')));
  }
  if (WITH_CAMPAIGN && WITH_PGLITE) rows.push(...(await withDataDir('vneid-bench-police-', (dataDir) => policeReimportRows('PGlite', { kind: 'pglite', dataDir }))));
  if (WITH_CAMPAIGN && WITH_POSTGRES) rows.push(...(await withPostgres((url) => policeReimportRows('PostgreSQL', { kind: 'postgres', url }), 'police import')));
  writeResults('bench', rows, machine);
  console.log(`\n${formatTable(rows, machine)}\n\nWritten to bench/results.json (rows) and bench/machine.json (the machine and date).`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
