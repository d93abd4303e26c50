import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

// A CHECK holds literals, not parameters; the values are the code's own constants, quoted all the same.
const literals = (values: readonly string[]) => sql.raw(values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', '));

/** A CHECK's condition that a column holds one of the code's list of values (or null, where the column allows it). */
export const oneOf = (column: AnyPgColumn, values: readonly string[]): SQL => sql`${column} in (${literals(values)})`;

/** The same for an array column: every element is one of the list's values. */
export const eachOneOf = (column: AnyPgColumn, values: readonly string[]): SQL => sql`${column} <@ array[${literals(values)}]::text[]`;
