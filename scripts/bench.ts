import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { DbConfig } from '@/db/config';
import { GUIDE_SLUGS } from '@/lib/guides/catalog';
import { addDays, localDate } from '@/lib/time';
import { bookingBodies, freeSeats, oversoldSlots } from './bench/bookings';
import { lighthouseRows } from './bench/lighthouse';
import { startServer } from './bench/server';
import { type Row, printTable, row } from './bench/table';
import { measureGet, measurePosts } from './bench/throughput';
import { buildIfNeeded } from './build-if-needed';

const DURATION = Number(process.env.BENCH_DURATION || 10);
const PORT = Number(process.env.BENCH_PORT || 3200);
const ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const STATIC_PAGE = '/guides/install-app';
const BOOKING_DAYS = Array.from({ length: 12 }, (_, i) => addDays(localDate(new Date()), i + 1));
// Bookings are measured for throughput, so the per-client rate limit is off for the bench.
const BENCH_ENV = { BOOKING_RATE_PER_MINUTE: '0' };

async function serverRun(name: string, config: DbConfig, withPages: boolean): Promise<Row[]> {
  const env = config.kind === 'pglite' ? { ...BENCH_ENV, DATA_DIR: config.dataDir, DATABASE_URL: '' } : { ...BENCH_ENV, DATABASE_URL: config.url };
  const server = await startServer({ port: PORT, env });
  const rows: Row[] = [];
  try {
    if (withPages) rows.push(...(await lighthouseRows(server.baseUrl, ['/start', ...GUIDE_SLUGS.map((s) => `/guides/${s}`)])));
    const get = await measureGet(`${server.baseUrl}${STATIC_PAGE}`, DURATION);
    rows.push(
      row(`GET ${STATIC_PAGE} (${name})`, 'requests/s, 20 connections', '—', get.rps.toFixed(0), get.failures === 0 ? null : false),
      row(`GET ${STATIC_PAGE} (${name})`, 'p99 latency', '—', `${get.p99} ms`, null),
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

async function withPostgres(run: (url: string) => Promise<Row[]>): Promise<Row[]> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  try {
    await admin.connect();
  } catch (error) {
    return [row('POST /api/bookings (PostgreSQL)', 'skipped', '—', `no server: ${(error as Error).message}`, null)];
  }
  const name = `vneid_bench_${process.pid}`;
  await admin.query(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  buildIfNeeded();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-bench-'));
  const rows: Row[] = [];
  try {
    rows.push(...(await serverRun('PGlite', { kind: 'pglite', dataDir }, true)));
    rows.push(...(await withPostgres((url) => serverRun('PostgreSQL', { kind: 'postgres', url }, false))));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log(`\nMeasured on ${os.cpus().length} cores, Node ${process.version}, ${DURATION} s per load test.`);
  printTable(rows);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
