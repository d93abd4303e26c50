import readline from 'node:readline';
import { type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { OperatorError } from '@/lib/errors';
import type { Database, Db } from './client';
import { migrateDatabase } from './migrate';
import { rawRows } from './queries/raw-sql';
import type { Tx } from './queries/tx';

/*
 * A backup is a logical dump of every table of the app, the same for PGlite
 * and PostgreSQL: gzip of JSON lines. First a header (format, engine, the
 * migrations applied), then per table a line naming its columns and row count
 * followed by one line per row (PostgreSQL's row_to_json, never parsed and
 * re-serialised here, so no value loses precision), and last the sequences.
 * Tables come parents first, so a restore inserts them in file order.
 */

const FORMAT = 'vneid-help-point-backup';
const VERSION = 1;
const BATCH = 2000;

interface Header {
  format: string;
  version: number;
  createdAt: string;
  engine: string;
  migrations: string[];
}
interface TableLine {
  table: string;
  columns: string[];
  rows: number;
}
interface Sequence {
  table: string;
  column: string;
  value: number;
  called: boolean;
}

interface TableInfo {
  name: string;
  columns: string[];
  key: string[];
  parents: { table: string; columns: string[]; references: string[] }[];
}

const ident = (name: string) => sql.identifier(name);
const idents = (names: string[]) => sql.join(names.map(ident), sql`, `);

async function migrationsApplied(db: Db | Tx): Promise<string[]> {
  const rows = await rawRows<{ hash: string }>(db, sql`select hash from drizzle.__drizzle_migrations order by created_at, id`);
  return rows.map((r) => r.hash);
}

/** The app's tables with their stored (not generated) columns, primary key and foreign keys, parents before children. */
async function tables(db: Db | Tx): Promise<TableInfo[]> {
  const columns = await rawRows<{ table: string; column: string }>(
    db,
    sql`select table_name as "table", column_name as "column" from information_schema.columns
        where table_schema = 'public' and is_generated = 'NEVER'
          and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')
        order by table_name, ordinal_position`,
  );
  const keys = await rawRows<{ table: string; column: string }>(
    db,
    sql`select c.relname as "table", a.attname as "column"
        from pg_index i join pg_class c on c.oid = i.indrelid join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum = any(i.indkey)
        where i.indisprimary and n.nspname = 'public'
        order by c.relname, array_position(i.indkey::int2[], a.attnum)`,
  );
  const foreign = await rawRows<{ table: string; parent: string; columns: string[]; references: string[] }>(
    db,
    sql`select c.relname as "table", p.relname as parent,
          array(select attname::text from unnest(k.conkey) with ordinality u(n, o) join pg_attribute on attrelid = k.conrelid and attnum = u.n order by u.o) as columns,
          array(select attname::text from unnest(k.confkey) with ordinality u(n, o) join pg_attribute on attrelid = k.confrelid and attnum = u.n order by u.o) as "references"
        from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_class p on p.oid = k.confrelid
        join pg_namespace n on n.oid = c.relnamespace
        where k.contype = 'f' and n.nspname = 'public'`,
  );
  const byName = new Map<string, TableInfo>();
  for (const { table, column } of columns) {
    if (!byName.has(table)) byName.set(table, { name: table, columns: [], key: [], parents: [] });
    byName.get(table)!.columns.push(column);
  }
  for (const { table, column } of keys) byName.get(table)?.key.push(column);
  for (const { table, parent, columns: cols, references } of foreign) byName.get(table)?.parents.push({ table: parent, columns: cols, references });

  const ordered: TableInfo[] = [];
  const placed = new Set<string>();
  const place = (info: TableInfo, path: string[]) => {
    if (placed.has(info.name)) return;
    if (path.includes(info.name)) throw new Error(`foreign keys form a cycle: ${[...path, info.name].join(' → ')}`);
    for (const parent of info.parents) if (parent.table !== info.name) place(byName.get(parent.table)!, [...path, info.name]);
    placed.add(info.name);
    ordered.push(info);
  };
  for (const info of [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))) place(info, []);
  return ordered;
}

async function sequences(db: Db | Tx): Promise<Sequence[]> {
  const serials = await rawRows<{ table: string; column: string; sequence: string }>(
    db,
    sql`select table_name as "table", column_name as "column", pg_get_serial_sequence(quote_ident(table_name), column_name) as sequence
        from information_schema.columns where table_schema = 'public' and column_default like 'nextval(%'
        order by table_name, column_name`,
  );
  const result: Sequence[] = [];
  for (const { table, column, sequence } of serials) {
    if (!sequence) continue;
    const [{ value, called }] = await rawRows<{ value: string; called: boolean }>(db, sql`select last_value::text as value, is_called as called from ${sql.raw(sequence)}`);
    result.push({ table, column, value: Number(value), called });
  }
  return result;
}

function jsonLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/** The running app's side of `npm run backup` on PGlite: the only way to a consistent copy while this process owns the directory. */
export function serveBackups(database: Database): void {
  database.serve?.('backup', (socket) =>
    writeBackup(database, socket).catch((error: Error) => {
      console.error(`Backup failed: ${error.message}`);
      socket.destroy();
    }),
  );
}

/**
 * Writes a gzip'd logical dump of the whole database to output, read in one
 * read-only REPEATABLE READ transaction, so it is one consistent moment even
 * while the app keeps taking bookings.
 */
export async function writeBackup(database: Database, output: Writable): Promise<void> {
  const gzip = zlib.createGzip();
  const written = pipeline(gzip, output);
  const write = async (text: string) => {
    if (!gzip.write(text)) await new Promise((resolve) => gzip.once('drain', resolve));
  };
  try {
    await database.db.transaction(
      async (tx) => {
        await write(jsonLine({ format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), engine: database.kind, migrations: await migrationsApplied(tx) } satisfies Header));
        for (const table of await tables(tx)) {
          const [{ n }] = await rawRows<{ n: number }>(tx, sql`select count(*)::int as n from ${ident(table.name)}`);
          await write(jsonLine({ table: table.name, columns: table.columns, rows: n } satisfies TableLine));
          const order = table.key.length ? table.key : table.columns;
          for (let offset = 0; offset < n; offset += BATCH) {
            const rows = await rawRows<{ row: string }>(
              tx,
              sql`select row_to_json(r)::text as row from (select ${idents(table.columns)} from ${ident(table.name)} order by ${idents(order)} limit ${BATCH} offset ${offset}) r`,
            );
            await write(rows.map((r) => `${r.row}\n`).join(''));
          }
        }
        await write(jsonLine({ sequences: await sequences(tx) }));
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    gzip.end();
  } catch (error) {
    gzip.destroy(error as Error);
    await written.catch(() => {});
    throw error;
  }
  await written;
}

async function assertEmpty(db: Db | Tx): Promise<TableInfo[]> {
  const infos = await tables(db);
  for (const info of infos) {
    const [{ found }] = await rawRows<{ found: boolean }>(db, sql`select exists (select 1 from ${ident(info.name)}) as found`);
    if (found) throw new OperatorError(`The target database is not empty (table ${info.name} has rows). Restore into an empty data directory or a new database.`);
  }
  return infos;
}

/** Rows of a table that references itself, each after the row it references. */
function parentsFirst(rows: string[], info: TableInfo): string[] {
  const self = info.parents.filter((p) => p.table === info.name);
  if (self.length === 0) return rows;
  const parsed = rows.map((text) => ({ text, value: JSON.parse(text) as Record<string, unknown> }));
  const keyOf = (value: Record<string, unknown>, columns: string[]) => JSON.stringify(columns.map((c) => value[c]));
  const done = new Set<string>();
  const ordered: string[] = [];
  let pending = parsed;
  while (pending.length) {
    const ready = pending.filter(({ value }) => self.every((p) => p.columns.some((c) => value[c] == null) || done.has(`${p.references.join()}:${keyOf(value, p.columns)}`)));
    if (ready.length === 0) throw new OperatorError(`The backup's ${info.name} rows reference rows that are not in it.`);
    for (const { text, value } of ready) {
      ordered.push(text);
      for (const p of self) done.add(`${p.references.join()}:${keyOf(value, p.references)}`);
    }
    const taken = new Set(ready);
    pending = pending.filter((row) => !taken.has(row));
  }
  return ordered;
}

async function insertRows(tx: Tx, info: TableInfo, columns: string[], rows: string[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = `[${rows.slice(start, start + BATCH).join(',')}]`;
    await tx.execute(sql`insert into ${ident(info.name)} (${idents(columns)}) select ${idents(columns)} from json_populate_recordset(null::${ident(info.name)}, ${batch}::json)`);
  }
}

interface OpenBackup {
  header: Header;
  /** The next line; an OperatorError when the file ends before the backup does. */
  next(): Promise<string>;
}

async function openBackup(input: Readable): Promise<OpenBackup> {
  const gunzip = zlib.createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  const lines = readline.createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => {
    const { value, done } = await lines.next().catch((error: Error) => {
      throw new OperatorError(`The backup file is damaged or incomplete (${error.message}).`);
    });
    if (done) throw new OperatorError('The backup file ends too early: it is incomplete.');
    return value;
  };
  let header: Header;
  try {
    header = JSON.parse(await next()) as Header;
  } catch {
    throw new OperatorError('This file is not a backup of the help point (not a gzip of JSON lines, or cut short).');
  }
  if (header.format !== FORMAT || header.version !== VERSION) throw new OperatorError('This file is not a backup of the help point, or one of a format this version does not read.');
  return { header, next };
}

export interface BackupSummary {
  createdAt: string;
  engine: string;
  tables: number;
  rows: number;
}

/** Reads a backup through to its end, as a restore would, and counts what it holds. */
export async function checkBackup(input: Readable): Promise<BackupSummary> {
  const { header, next } = await openBackup(input);
  const summary: BackupSummary = { createdAt: header.createdAt, engine: header.engine, tables: 0, rows: 0 };
  for (;;) {
    const line = JSON.parse(await next()) as TableLine | { sequences: Sequence[] };
    if ('sequences' in line) return summary;
    for (let i = 0; i < line.rows; i++) JSON.parse(await next());
    summary.tables += 1;
    summary.rows += line.rows;
  }
}

/**
 * Restores a backup into an empty database: migrates it, checks that the backup
 * was made at the same migration and that no table holds a row, then inserts
 * every row and sets every sequence in one transaction.
 */
export async function restoreBackup(database: Database, input: Readable): Promise<BackupSummary> {
  const { header, next } = await openBackup(input);
  await assertEmpty(database.db);
  await migrateDatabase(database);
  const migrations = await migrationsApplied(database.db);
  if (migrations.join() !== header.migrations.join()) {
    throw new OperatorError(
      `The backup was made by a version of the app with ${header.migrations.length} database migrations; this version has ${migrations.length}. ` +
        'Restore it with the version that made it, then update.',
    );
  }

  return database.db.transaction(async (tx) => {
    const infos = await assertEmpty(tx);
    const byName = new Map(infos.map((info) => [info.name, info]));
    const report: BackupSummary = { createdAt: header.createdAt, engine: header.engine, tables: 0, rows: 0 };
    for (;;) {
      const line = JSON.parse(await next()) as TableLine | { sequences: Sequence[] };
      if ('sequences' in line) {
        for (const { table, column, value, called } of line.sequences) {
          await tx.execute(sql`select setval(pg_get_serial_sequence(${table}, ${column}), ${value}, ${called})`);
        }
        return report;
      }
      const info = byName.get(line.table);
      if (!info) throw new OperatorError(`The backup holds a table ${line.table} that this version does not have.`);
      const rows: string[] = [];
      for (let i = 0; i < line.rows; i++) {
        rows.push(await next());
        if (rows.length === BATCH && !info.parents.some((p) => p.table === info.name)) await insertRows(tx, info, line.columns, rows.splice(0));
      }
      await insertRows(tx, info, line.columns, parentsFirst(rows, info));
      report.tables += 1;
      report.rows += line.rows;
    }
  });
}
