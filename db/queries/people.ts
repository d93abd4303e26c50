import { eq, sql } from 'drizzle-orm';
import type { PersonSource } from '@/lib/campaign/person-values';
import type { Db } from '../client';
import { people } from '../schema';
import { rawRows } from './raw-sql';
import type { Tx } from './tx';

export interface PersonFacts {
  hamletId: number;
  fullName: string;
  phone: string | null;
  birthYear?: number | null;
  source: PersonSource;
  /** When the record was made: the person is in the register from their earliest record on. */
  at: Date;
}

/**
 * The person a record names, found or entered in the register by the one
 * matching rule (person_for, migration 0011): same hamlet, same full name in
 * any case, same phone. A merged person answers with the one they were merged into.
 */
export async function personFor(tx: Db | Tx, facts: PersonFacts): Promise<number> {
  const [row] = await rawRows<{ id: number }>(
    tx,
    sql`select person_for(${facts.hamletId}, ${facts.fullName}, ${facts.phone}, ${facts.birthYear ?? null}::integer, ${facts.source}, ${facts.at.toISOString()}::timestamptz) as id`,
  );
  return Number(row.id);
}

/** The person a record points to, followed to the one they were merged into. */
export async function rootPerson(tx: Db | Tx, personId: number): Promise<typeof people.$inferSelect | undefined> {
  const [row] = await tx.select().from(people).where(eq(people.id, personId));
  if (!row?.mergedIntoId) return row;
  const [root] = await tx.select().from(people).where(eq(people.id, row.mergedIntoId));
  return root;
}
