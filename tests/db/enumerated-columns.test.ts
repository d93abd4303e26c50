import fs from 'node:fs';
import path from 'node:path';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api';
import { sql } from 'drizzle-orm';
import { getTableConfig, PgArray, type PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { describeEachEngine } from './test-database';

/** Every column the schema declares with the code's list of values (an array column by its elements). */
const enumerated = Object.values(schema)
  .filter((value) => value instanceof PgTable)
  .flatMap((table) =>
    getTableConfig(table).columns.flatMap((column) => {
      const values = (column instanceof PgArray ? column.baseColumn : column).enumValues;
      return values?.length ? [{ table, column: column as PgColumn, values, array: column instanceof PgArray }] : [];
    }),
  );

/** The CHECK constraint a statement broke, if it broke one. */
async function brokenCheck(statement: Promise<unknown>): Promise<string | undefined> {
  try {
    await statement;
    return undefined;
  } catch (error) {
    const cause = ((error as { cause?: unknown }).cause ?? error) as { code?: string; constraint?: string };
    return cause.code === '23514' ? cause.constraint : undefined;
  }
}

describeEachEngine('the database refuses what the code has no word for', (database) => {
  beforeAll(async () => {
    // One row in every table with an enumerated column, for the updates below, each keeping every other rule of its table.
    await database().db.execute(sql`
      insert into places (id, code, kind, name, parent_id) values (1, 'p', 'province', 'Tỉnh', null), (2, 'w', 'ward', 'Phường', 1), (3, 'h', 'hamlet', 'Khu phố 5', 2);
      insert into staff_users (id, username, display_name, password_hash, role) values (1, 'a', 'Quản trị', 'x', 'admin');
      insert into help_points (id, hamlet_id, name, address, campaign_start, campaign_end) values (1, 3, 'Nhà văn hóa', 'Khu phố 5', '2026-11-20', '2026-12-31');
      insert into people (id, hamlet_id, source, full_name, level2_source, level2_on) values (1, 3, 'booking', 'Lê Văn An', 'before', '2026-11-20');
      insert into bookings (code, token_hash, help_point_id, starts_at, people, full_name, phone, need, status, consent_at, consent_version)
        values ('AAA-111', 'h', 1, '2026-11-26T01:00:00Z', 1, 'Lê Văn An', '+84911000001', 'unsure', 'confirmed', now(), 'v1');
      insert into waitlist (help_point_id, day, full_name, phone, need, consent_at) values (1, '2026-11-26', 'Lê Văn An', '+84911000001', 'unsure', now());
      insert into outbox (phone, kind, body) values ('+84911000001', 'confirmed', 'tin');
      insert into outcomes (hamlet_id, full_name, status) values (3, 'Lê Văn An', 'confirmed');
      insert into sync_receipts (client_id, user_id, kind, result) values ('c', 1, 'outcome', 'accepted');
      insert into campaign_targets (percent, starts_on, due_on) values (80, '2026-11-20', '2026-12-31');
      insert into hamlet_population (hamlet_id, target_group, people) values (3, 'official', 10)`);
  });

  it.each(enumerated.map((e) => [`${getTableConfig(e.table).name}.${e.column.name}`, e] as const))('%s holds every value of its list and nothing else', async (_, { table, column, values, array }) => {
    const { db } = database();
    const set = (value: string) =>
      db.execute(sql`update ${table} set ${sql.identifier(column.name)} = ${array ? sql`array[${value}]::text[]` : value} where ctid = (select ctid from ${table} limit 1)`);
    const guard = await brokenCheck(set('not-a-value'));
    expect(guard, 'refused by a CHECK').toBeDefined();
    // A value may break another rule of the row (a ward without a parent); never the list's own.
    for (const value of values) expect(await brokenCheck(set(value)), value).not.toBe(guard);
  });
});

describe('the migrations and the schema', () => {
  it('leave nothing for drizzle-kit to generate', async () => {
    const meta = path.resolve('db/migrations/meta');
    const last = fs.readdirSync(meta).filter((name) => name.endsWith('_snapshot.json')).sort().at(-1)!;
    const snapshot = JSON.parse(fs.readFileSync(path.join(meta, last), 'utf8'));
    expect(await generateMigration(snapshot, generateDrizzleJson(schema, snapshot.id))).toEqual([]);
  });
});
