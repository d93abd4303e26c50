import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { eq, max, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkBackup, restoreBackup, serveBackups, writeBackup } from '@/db/backup';
import type { Database } from '@/db/client';
import { createBooking } from '@/db/queries/create-booking';
import { recordOutcome } from '@/db/queries/outcomes';
import { rawRows } from '@/db/queries/raw-sql';
import { auditLog, bookings, campaignTargets, outcomes } from '@/db/schema';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { toInstant } from '@/lib/time';
import packageJson from '@/package.json';
import { OPERATOR_ERROR_EXIT } from '@/scripts/operator-exit-code.js';
import { copyPgliteDir } from './copy-pglite-dir';
import { useDemoArea } from './demo-area';
import { createTestDatabase, describeEachEngine, withPostgres } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');

/** A fresh, empty (not even migrated) database of each engine, dropped after the file's tests. */
const disposals: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const dispose of disposals.splice(0)) await dispose();
});
async function emptyDatabase(kind: Database['kind']): Promise<Database> {
  const { database, dispose } = await createTestDatabase(kind, { migrated: false });
  disposals.push(dispose);
  return database;
}

async function backupOf(database: Database): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeBackup(database, output);
  return Buffer.concat(chunks);
}

/** Every row of every table of the app, as text, in a stable order. */
async function everyRow(database: Database): Promise<Record<string, string[]>> {
  const tables = await rawRows<{ name: string }>(database.db, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`);
  const all: Record<string, string[]> = {};
  for (const { name } of tables) {
    const rows = await rawRows<{ row: string }>(database.db, sql`select row_to_json(t)::text as row from ${sql.identifier(name)} t`);
    all[name] = rows.map((r) => r.row).sort();
  }
  return all;
}

describeEachEngine('backup and restore', (database: () => Database) => {
  const { hamlet, point, staff } = useDemoArea(database, ['huongdan-kp5']);

  async function book(db: Database['db'], n: number) {
    const booked = await createBooking(
      db,
      { helpPointId: point['dong-son-kp5'], startsAt: toInstant('2026-12-05', `${String(8 + (n % 10)).padStart(2, '0')}:${n % 2 ? '30' : '10'}`), fullName: `Nguyễn Thị Hường ${n}`, phone: `091${String(n).padStart(7, '0')}`, people: 1, need: 'not-activated', notes: 'đi xe lăn', consentVersion: 'test' },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.reason);
    return booked.booking;
  }

  it('restores every row of every table into an empty database of either engine, with sequences past the restored ids', async () => {
    const { db } = database();
    const { user, scope } = staff['huongdan-kp5'];
    for (let n = 0; n < 6; n++) await book(db, n);
    for (let n = 0; n < 3; n++) {
      const recorded = await recordOutcome(db, scope, user, outcomeFormSchema.parse({ hamletId: String(hamlet['dong-son-kp5']), fullName: `Trần Văn Bình ${n}`, phone: '0913 222 333', targetGroup: 'student', steps: ['app-installed'], blocker: 'nfc-fails', blockerNote: 'chip "cũ"\n' }), toInstant('2026-12-10', '10:00'));
      if (!recorded.ok) throw new Error(recorded.reason);
    }
    const source = await everyRow(database());
    expect(source.bookings).toHaveLength(6);
    expect(source.outcomes).toHaveLength(3);
    expect(source.audit_log.length).toBeGreaterThanOrEqual(9);

    const backup = await backupOf(database());
    expect(await checkBackup(Readable.from([backup]))).toMatchObject({ engine: database().kind, rows: Object.values(source).flat().length });

    for (const kind of ['pglite', 'postgres'] as const) {
      if (kind === 'postgres' && !withPostgres) continue;
      const target = await emptyDatabase(kind);
      await restoreBackup(target, Readable.from([backup]));
      expect(await everyRow(target), kind).toEqual(source);

      const [before] = await db.select({ booking: max(bookings.id), outcome: max(outcomes.id), audit: max(auditLog.id) }).from(bookings);
      const added = await book(target.db, 99);
      expect(added.id, kind).toBeGreaterThan(before.booking!);
      const [entry] = await target.db.select({ id: auditLog.id }).from(auditLog).where(eq(auditLog.entityId, String(added.id)));
      expect(entry.id, kind).toBeGreaterThan(before.audit!);
    }
  });

  it('refuses to restore into a database that holds data, and a cut-off backup', async () => {
    const backup = await backupOf(database());
    await expect(restoreBackup(database(), Readable.from([backup]))).rejects.toThrow(/not empty \(table \w+ has rows\)/);
    const target = await emptyDatabase(database().kind);
    await expect(restoreBackup(target, Readable.from([backup.subarray(0, backup.length - 200)]))).rejects.toThrow(/incomplete/);
    expect(await everyRow(target)).toMatchObject({ bookings: [], audit_log: [] });
  });

  it('is one consistent moment while bookings go on', async () => {
    const booking = (n: number) => book(database().db, 200 + n);
    const [backup] = await Promise.all([backupOf(database()), ...Array.from({ length: 10 }, (_, n) => booking(n))]);
    const target = await emptyDatabase(database().kind);
    await restoreBackup(target, Readable.from([backup]));
    const [counts] = await rawRows<{ bookings: number; audited: number }>(
      target.db,
      sql`select (select count(*)::int from bookings) as bookings, (select count(distinct entity_id)::int from audit_log where entity = 'booking') as audited`,
    );
    expect(counts.bookings).toBe(counts.audited);
  });
});

/** Runs `npm run <script> -- …args` as npm would (package.json's command, node_modules/.bin first on the PATH) and returns what the operator sees. */
async function npmRun(script: 'backup' | 'restore', args: string[], env: Record<string, string>) {
  const command = [packageJson.scripts[script], ...args.map((arg) => `'${arg}'`)].join(' ');
  const PATH = `${path.resolve('node_modules/.bin')}${path.delimiter}${process.env.PATH}`;
  try {
    const { stdout, stderr } = await promisify(execFile)('/bin/sh', ['-c', command], { env: { ...process.env, PATH, DATABASE_URL: '', ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describe('npm run backup and npm run restore, as commands on PGlite', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vneid-backup-commands-'));
  const file = path.join(folder, 'vneid-backup-test.json.gz');
  let running: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    // This process holds the data directory as the running app does, answering on the lock's socket as its start-up has it answer.
    running = await createTestDatabase('pglite');
    serveBackups(running.database);
    await running.database.db.insert(campaignTargets).values({ percent: 77, startsOn: '2026-11-01', dueOn: '2026-12-31' });
  });
  afterAll(async () => {
    await running?.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('backs up through the running app, which holds the data directory, into a file only its owner can read', { timeout: 60_000 }, async () => {
    const { dataDir } = running.database.config as { dataDir: string };
    const backup = await npmRun('backup', [file], { DATA_DIR: dataDir });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Backup of the embedded PGlite database in .+ \(written by the running app\) as of /);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(folder)).toEqual([path.basename(file)]);
    expect(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')).toContain('"percent":77');
    // The app went on answering meanwhile, and still holds its directory.
    expect(await running.database.db.select({ percent: campaignTargets.percent }).from(campaignTargets)).toContainEqual({ percent: 77 });
  });

  it('restore refuses a backup made at another migration level, saying which version restores it', { timeout: 60_000 }, async () => {
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
    const header = JSON.parse(lines[0]) as { migrations: string[] };
    const older = path.join(folder, 'older.json.gz');
    fs.writeFileSync(older, zlib.gzipSync([JSON.stringify({ ...header, migrations: header.migrations.slice(0, -1) }), ...lines.slice(1)].join('\n')));
    // A migrated database without rows is as empty as a new folder to restore, without initdb's and the migrations' seconds.
    const target = path.join(folder, 'target');
    copyPgliteDir(inject('pgliteTemplates').migrated, target);
    const refused = await npmRun('restore', [older], { DATA_DIR: target });
    expect(refused.code).toBe(OPERATOR_ERROR_EXIT);
    expect(refused.stderr.trim()).toBe(
      `Error: The backup was made by a version of the app with ${header.migrations.length - 1} database migrations; this version has ${header.migrations.length}. Restore it with the version that made it, then update.`,
    );
  });
});
