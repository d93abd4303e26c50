import { type Column, getTableColumns, type InferSelectModel, sql, type SQL, type Table } from 'drizzle-orm';
import type { Db } from '../client';
import type { Tx } from './tx';

/** The rows raw SQL returns: both drivers answer with { rows }, which the shared Db type leaves unknown. */
export async function rawRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as { rows: T[] }).rows;
}

/** A row as the driver returned it from raw SQL (column names, wire values), in the shape drizzle's own selects give. */
export function fromDriverRow<T extends Table>(table: T, row: Record<string, unknown>): InferSelectModel<T> {
  const columns = Object.entries(getTableColumns(table));
  return Object.fromEntries(columns.map(([key, column]) => [key, row[column.name] == null ? null : column.mapFromDriverValue(row[column.name])])) as InferSelectModel<T>;
}

/** Rows given here, as a table `v` with these typed columns to read from in SQL: one parameter however many rows, none included. */
export const jsonRows = (rows: object[], columns: SQL) => sql`jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as v(${columns})`;

/**
 * Inserts these columns of any number of rows, none included, in one
 * statement (drizzle's values() refuses an empty list), so a caller can take
 * the same path whatever it has to write. The values travel as JSON (dates as
 * ISO text, jsonb as it is); columns left out take their SQL defaults.
 */
export async function insertRows<T extends Table, K extends keyof T['$inferInsert'] & string>(db: Db | Tx, table: T, keys: readonly K[], rows: NoInfer<Pick<T['$inferInsert'], K>>[]) {
  const columns: Record<string, Column> = getTableColumns(table);
  const names = sql.join(
    keys.map((key) => sql.identifier(columns[key].name)),
    sql`, `,
  );
  const json = rows.map((row) => Object.fromEntries(keys.map((key) => [columns[key].name, row[key] ?? null])));
  await db.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(json)}::jsonb)`);
}
