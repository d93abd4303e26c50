import { getTableColumns, type InferSelectModel, type SQL, type Table } from 'drizzle-orm';
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
