import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, serial, text, timestamp, type AnyPgColumn } from 'drizzle-orm/pg-core';

export const PLACE_KINDS = ['town', 'ward', 'commune', 'hamlet'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Administrative places as one tree: town → ward/commune → hamlet. A tree
 * rather than a table per level, because the levels change (the 2025 reform
 * removed districts) and a new town must load from a data file alone.
 */
export const places = pgTable(
  'places',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    kind: text('kind', { enum: PLACE_KINDS }).notNull(),
    name: text('name').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => places.id, { onDelete: 'restrict' }),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('places_parent_idx').on(t.parentId),
    check('places_kind_check', sql`${t.kind} in ('town', 'ward', 'commune', 'hamlet')`),
    check('places_parent_check', sql`(${t.kind} = 'town') = (${t.parentId} is null)`),
  ],
);

export type Place = typeof places.$inferSelect;
