import { eq } from 'drizzle-orm';
import { type Database, openDatabase } from '@/db/client';
import type { DbConfig } from '@/db/config';
import { migrateDatabase } from '@/db/migrate';
import { importPoliceList } from '@/db/queries/police-import';
import { createSession } from '@/db/queries/staff';
import { readPlacesFile, seedArea } from '@/db/seed';
import { staffUsers } from '@/db/schema';
import { mapRows } from '@/lib/campaign/import-columns';
import { readSpreadsheet } from '@/lib/spreadsheet/read';
import { xlsxStream } from '@/lib/spreadsheet/xlsx';
import { p95, peakGrowthDuring } from './memory';
import { type RunningServer, startServer, freePort } from './server';
import { type Row, round, row } from './table';
import { generateTown, insertOutcomes, settle, TOWN } from './town-data';

const DASHBOARD_RUNS = 20;
const IMPORT_ROWS = 10_000;
const STRESS_OUTCOMES = 1_000_000;

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

/** The p95 of a piece of work over repeated runs, after two to warm up. */
async function p95Of(work: () => Promise<unknown>): Promise<number> {
  const durations: number[] = [];
  for (let i = 0; i < DASHBOARD_RUNS + 2; i++) {
    const { ms } = await timed(work);
    if (i >= 2) durations.push(ms);
  }
  return p95(durations);
}

type Cookies = { admin: string; supervisor: string };

/** The p95 of loading a staff page from the running app over HTTP, signed in, from the request to the page's last byte. */
function pageP95(baseUrl: string, path: string, session: string): Promise<number> {
  return p95Of(async () => {
    const response = await fetch(`${baseUrl}${path}`, { headers: { cookie: `vneid_staff=${session}` }, redirect: 'manual' });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  });
}

/** Sessions of the admin (the whole area) and a ward supervisor, as the cookies their browsers send. */
async function sessions(database: Database): Promise<Cookies> {
  const sessionOf = async (username: string) => (await createSession(database.db, (await database.db.select().from(staffUsers).where(eq(staffUsers.username, username)))[0].id)).id;
  return { admin: await sessionOf('admin'), supervisor: await sessionOf('kiemtra-bimson') };
}

/** The dashboard's page for the admin's whole area and a supervisor's ward, and the supervisor's daily report page. */
async function dashboardP95(baseUrl: string, cookies: Cookies): Promise<{ admin: number; supervisor: number; report: number }> {
  return {
    admin: await pageP95(baseUrl, '/staff/campaign', cookies.admin),
    supervisor: await pageP95(baseUrl, '/staff/campaign', cookies.supervisor),
    report: await pageP95(baseUrl, '/staff/campaign/report', cookies.supervisor),
  };
}

/** Runs work against the app started on the database the bench filled. */
async function withServer<T>(env: Record<string, string>, work: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer({ port: Number(process.env.BENCH_PORT) || (await freePort()), env });
  try {
    return await work(server);
  } finally {
    await server.stop();
  }
}

/** The police's list as a town would send it: an .xlsx file of IMPORT_ROWS people, read, mapped, checked and imported whole. */
async function importList(database: Database): Promise<number> {
  const hamlets = await database.db.query.places.findMany({ where: (p, { eq: is }) => is(p.kind, 'hamlet') });
  const people = Array.from({ length: IMPORT_ROWS }, (_, i) => [
    `Lê Thị Nhập ${i}`,
    String(1950 + (i % 50)),
    hamlets[i % hamlets.length].name,
    `09${String(10_000_000 + i).slice(-8)}`,
    String(100_000_000_000 + i * 7),
  ]);
  const file = new Uint8Array(await new Response(xlsxStream([{ name: 'DS', rows: [['Họ và tên', 'Năm sinh', 'Khu phố', 'Số điện thoại', 'Số CCCD'], ...people] }])).arrayBuffer());
  const [admin] = await database.db.select().from(staffUsers).where(eq(staffUsers.username, 'admin'));
  const { ms, result } = await timed(async () => {
    const sheet = await readSpreadsheet(file, 'ds.xlsx');
    const mapping = { fullName: 0, birthYear: 1, hamlet: 2, phone: 3, idNumber: 4 };
    return importPoliceList(database.db, admin, { all: true }, mapRows(sheet.rows, mapping), 'ds.xlsx');
  });
  if (!result.ok) throw new Error(`the bench's list was refused: ${JSON.stringify(result.reports.slice(0, 3))}`);
  return ms;
}

/** Downloads every outcome as .xlsx from the running app, timing it and watching the server's memory. */
async function exportAll(server: RunningServer, cookie: string) {
  const download = async (query: string) => {
    const response = await fetch(`${server.baseUrl}/api/staff/outcomes?format=xlsx${query}`, { headers: { cookie: `vneid_staff=${cookie}` } });
    if (!response.ok) throw new Error(`the export answered ${response.status}`);
    return (await response.arrayBuffer()).byteLength;
  };
  // An empty export first, so the route's code is loaded before memory is watched: the growth is the export's own.
  await download('&from=2000-01-01&to=2000-01-01');
  const { result, growthMb } = await peakGrowthDuring(server.pid, () => timed(() => download('')));
  return { ms: result.ms, bytes: result.result, growthMb };
}

/**
 * The campaign's pages at the size of a real town: a 70,000-person town
 * generated into a fresh database, the dashboard timed, the police's list
 * imported, all outcomes exported through the app; on PostgreSQL also the
 * dashboard over a million outcomes.
 */
export async function campaignRows(name: string, config: DbConfig, env: Record<string, string>): Promise<Row[]> {
  const postgres = config.kind === 'postgres';
  // PGlite lets one process hold the database: the bench's own work and the app's take turns.
  const withDatabase = async <T>(work: (database: Database) => Promise<T>): Promise<T> => {
    const database = await openDatabase(config);
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  };
  const rows: Row[] = [];
  const cookies = await withDatabase(async (database) => {
    await migrateDatabase(database);
    await seedArea(database.db, readPlacesFile());
    const generated = await timed(() => generateTown(database.db, TOWN));
    await settle(database.db);
    rows.push(row(`town data (${name})`, `register of ${TOWN.people.toLocaleString('en')} people, ${TOWN.outcomes.toLocaleString('en')} outcomes, ${TOWN.bookings.toLocaleString('en')} bookings`, '—', round(generated.ms / 1000, 1), 's', null));
    return sessions(database);
  });
  const limit = postgres ? 300 : 1000;
  const dashboard = await withServer(env, (server) => dashboardP95(server.baseUrl, cookies));
  rows.push(
    row(`/staff/campaign (${name})`, `page over HTTP, p95 of ${DASHBOARD_RUNS}, whole area, 70,000 people`, `≤ ${limit} ms`, round(dashboard.admin), 'ms', dashboard.admin <= limit),
    row(`/staff/campaign (${name})`, `page over HTTP, p95 of ${DASHBOARD_RUNS}, one ward`, `≤ ${limit} ms`, round(dashboard.supervisor), 'ms', dashboard.supervisor <= limit),
    row(`/staff/campaign/report (${name})`, `page over HTTP, p95 of ${DASHBOARD_RUNS}, daily report of one ward`, `≤ ${limit} ms`, round(dashboard.report), 'ms', dashboard.report <= limit),
  );
  const importMs = await withDatabase(importList);
  rows.push(row(`follow-up import (${name})`, `${IMPORT_ROWS.toLocaleString('en')}-row .xlsx read, checked, imported`, '≤ 10 s', round(importMs / 1000, 1), 's', importMs <= 10_000));
  const exported = await withServer(env, (server) => exportAll(server, cookies.admin));
  rows.push(
    row(`/api/staff/outcomes (${name})`, `.xlsx export of ${TOWN.outcomes.toLocaleString('en')} rows (${(exported.bytes / 1e6).toFixed(1)} MB)`, '≤ 10 s', round(exported.ms / 1000, 1), 's', exported.ms <= 10_000),
    row(`/api/staff/outcomes (${name})`, 'server memory growth during the export', '< 100 MB', round(exported.growthMb), 'MB', exported.growthMb < 100),
  );
  if (postgres) rows.push(await stressRow(name, config, env, cookies));
  return rows;
}

async function stressRow(name: string, config: DbConfig, env: Record<string, string>, cookies: Cookies): Promise<Row> {
  const database = await openDatabase(config);
  try {
    await insertOutcomes(database.db, STRESS_OUTCOMES - TOWN.outcomes, TOWN.outcomes + 1);
    await settle(database.db);
  } finally {
    await database.close();
  }
  const admin = await withServer(env, (server) => pageP95(server.baseUrl, '/staff/campaign', cookies.admin));
  return row(`/staff/campaign (${name})`, `page over HTTP, p95 of ${DASHBOARD_RUNS}, whole area, 1,000,000 outcomes`, '≤ 1500 ms', round(admin), 'ms', admin <= 1500);
}
