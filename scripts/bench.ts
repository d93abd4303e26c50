import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DbConfig } from '@/db/config';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { addDays, localDate } from '@/lib/time';
import { bookingBodies, freeSeats, oversoldSlots } from './bench/bookings';
import { campaignRows } from './bench/campaign';
import { lighthouseRows } from './bench/lighthouse';
import { kioskRows } from './bench/kiosk';
import { precacheRows } from './bench/precache';
import { freePort, startServer } from './bench/server';
import { type Row, formatTable, row } from './bench/table';
import { measureGet, measurePosts } from './bench/throughput';
import { weightRows } from './bench/weight';
import { buildIfNeeded } from './build-if-needed';
import { createDatabase, dropDatabase, postgresUnavailableReason } from './postgres-admin';

const DURATION = Number(process.env.BENCH_DURATION || 10);
// BENCH_PAGES=0 skips page weight and Lighthouse, for a quick look at throughput alone.
const WITH_PAGES = process.env.BENCH_PAGES !== '0';
// BENCH_CAMPAIGN=0 skips the 70,000-person town (and the million outcomes on PostgreSQL), which takes a few minutes.
const WITH_CAMPAIGN = process.env.BENCH_CAMPAIGN !== '0';
const GUIDE_PAGES = GUIDE_SLUGS.map((slug) => `/guides/${slug}`);
const PAGES = ['/', '/start', '/guides', ...GUIDE_PAGES];
const LIGHTHOUSE_PAGES = ['/start', ...GUIDE_PAGES];
const STATIC_PAGE = '/guides/install-app';
const BOOKING_DAYS = Array.from({ length: 12 }, (_, i) => addDays(localDate(new Date()), i + 1));
// Bookings are measured for throughput, so the per-client rate limit is off for the bench.
const BENCH_ENV = { BOOKING_RATE_PER_MINUTE: '0' };

const status = async (url: string) => (await fetch(url, { redirect: 'manual' })).status;

/** Page weight and Lighthouse on the pages that answer; a failed row for each that does not. */
async function pageRows(baseUrl: string): Promise<Row[]> {
  const rows: Row[] = [];
  const answering: string[] = [];
  // One at a time, so each page is rendered once before it is measured.
  for (const page of PAGES) {
    const code = await status(`${baseUrl}${page}`);
    if (code === 200) answering.push(page);
    else rows.push(row(page, 'HTTP status', '200', String(code), false));
  }
  rows.push(...(await weightRows(baseUrl, answering)));
  rows.push(...(await precacheRows(baseUrl)));
  rows.push(...(await lighthouseRows(baseUrl, LIGHTHOUSE_PAGES.filter((page) => answering.includes(page)))));
  rows.push(...(await kioskRows(baseUrl)));
  return rows;
}

async function serverRun(name: string, config: DbConfig, withPages: boolean): Promise<Row[]> {
  const env = config.kind === 'pglite' ? { ...BENCH_ENV, DATA_DIR: config.dataDir, DATABASE_URL: '' } : { ...BENCH_ENV, DATABASE_URL: config.url };
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const server = await startServer({ port, env });
  const rows: Row[] = [];
  try {
    if (withPages) rows.push(...(await pageRows(server.baseUrl)));
    const page = (await status(`${server.baseUrl}${STATIC_PAGE}`)) === 200 ? STATIC_PAGE : '/';
    const get = await measureGet(`${server.baseUrl}${page}`, DURATION);
    const clean = get.failures === 0;
    const failures = clean ? '' : ` (${get.failures} failed)`;
    rows.push(
      row(`GET ${page} (${name})`, 'requests/s, 20 connections', '—', `${get.rps.toFixed(0)}${failures}`, clean),
      row(`GET ${page} (${name})`, 'p99 latency', '—', `${get.p99} ms${failures}`, clean),
    );
    const seats = await freeSeats(server.baseUrl, BOOKING_DAYS);
    const post = await measurePosts(`${server.baseUrl}/api/bookings`, DURATION, bookingBodies(seats));
    rows.push(
      row(`POST /api/bookings (${name})`, 'bookings/s, 20 connections', '≥ 300', post.rps.toFixed(0), post.rps >= 300),
      row(`POST /api/bookings (${name})`, 'p99 latency', '≤ 100 ms', `${post.p99} ms`, post.p99 <= 100),
      row(`POST /api/bookings (${name})`, 'failed requests', '0', String(post.failures), post.failures === 0),
      row(`POST /api/bookings (${name})`, 'booking / static GET throughput', '—', (post.rps / get.rps).toFixed(2), null),
    );
  } finally {
    await server.stop();
  }
  const oversold = await oversoldSlots(config);
  rows.push(row(`database (${name})`, 'oversold slots after the run', '0', String(oversold), oversold === 0));
  return rows;
}

async function withPostgres(run: (url: string) => Promise<Row[]>, what = 'POST /api/bookings'): Promise<Row[]> {
  const unavailable = await postgresUnavailableReason();
  if (unavailable) return [row(`${what} (PostgreSQL)`, 'skipped', '—', unavailable, null)];
  const name = `vneid_bench_${process.pid}_${Date.now()}`;
  try {
    return await run(await createDatabase(name));
  } finally {
    await dropDatabase(name);
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-bench-'));
  const rows: Row[] = [];
  try {
    rows.push(...(await serverRun('PGlite', { kind: 'pglite', dataDir }, WITH_PAGES)));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  rows.push(...(await withPostgres((url) => serverRun('PostgreSQL', { kind: 'postgres', url }, false))));
  if (WITH_CAMPAIGN) {
    const townDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-bench-town-'));
    try {
      rows.push(...(await campaignRows('PGlite', { kind: 'pglite', dataDir: townDir }, { ...BENCH_ENV, DATA_DIR: townDir, DATABASE_URL: '' })));
    } finally {
      fs.rmSync(townDir, { recursive: true, force: true });
    }
    rows.push(...(await withPostgres((url) => campaignRows('PostgreSQL', { kind: 'postgres', url }, { ...BENCH_ENV, DATABASE_URL: url }), '/staff/campaign')));
  }
  console.log(`\nMeasured on ${os.cpus().length} cores, Node ${process.version}, ${DURATION} s per load test.\n`);
  console.log(formatTable(rows));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
