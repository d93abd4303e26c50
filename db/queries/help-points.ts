import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../client';
import { helpPoints, places, slotSeats } from '../schema';
import { type Scope, scopeFilter } from './staff';

const hamlet = alias(places, 'hamlet');
const ward = alias(places, 'ward');

/** Wards and communes with their hamlets (those of a scope, if given), in the order of the places file. */
export async function listWardsWithHamlets(db: Db, scope?: Scope) {
  const rows = await db
    .select({ wardId: ward.id, wardName: ward.name, wardCode: ward.code, hamletId: hamlet.id, hamletName: hamlet.name })
    .from(hamlet)
    .innerJoin(ward, eq(hamlet.parentId, ward.id))
    .where(and(eq(hamlet.kind, 'hamlet'), scope ? scopeFilter(scope, hamlet.id) : undefined))
    .orderBy(asc(ward.sortOrder), asc(hamlet.sortOrder));
  const wards = new Map<number, { id: number; code: string; name: string; hamlets: { id: number; name: string }[] }>();
  for (const row of rows) {
    const entry = wards.get(row.wardId) ?? { id: row.wardId, code: row.wardCode, name: row.wardName, hamlets: [] };
    entry.hamlets.push({ id: row.hamletId, name: row.hamletName });
    wards.set(row.wardId, entry);
  }
  return [...wards.values()];
}

const withPlaces = {
  helpPoint: helpPoints,
  hamletName: hamlet.name,
  wardId: ward.id,
  wardCode: ward.code,
  wardName: ward.name,
};

function selectHelpPoints(db: Db) {
  return db.select(withPlaces).from(helpPoints).innerJoin(hamlet, eq(helpPoints.hamletId, hamlet.id)).innerJoin(ward, eq(hamlet.parentId, ward.id));
}

export type HelpPointWithPlaces = Awaited<ReturnType<typeof getHelpPoint>> & {};

export async function getHelpPoint(db: Db, id: number) {
  const [row] = await selectHelpPoints(db).where(eq(helpPoints.id, id));
  return row;
}

/** Help points of a ward (by its code), or of a hamlet, or of a staff member's area, or all of them. */
export function listHelpPoints(db: Db, filter: { wardCode?: string; hamletId?: number; wardId?: number; scope?: Scope } = {}) {
  const conditions = [
    filter.scope ? scopeFilter(filter.scope, hamlet.id) : undefined,
    filter.wardCode ? eq(ward.code, filter.wardCode) : undefined,
    filter.wardId ? eq(ward.id, filter.wardId) : undefined,
    filter.hamletId ? eq(hamlet.id, filter.hamletId) : undefined,
  ];
  return selectHelpPoints(db)
    .where(and(...conditions))
    .orderBy(asc(ward.sortOrder), asc(hamlet.sortOrder), asc(helpPoints.id));
}

/** Seats taken per slot start (ms since epoch) at some help points between two instants. */
export async function seatsTaken(db: Db, helpPointIds: number[], from: Date, to: Date): Promise<Map<string, number>> {
  if (helpPointIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(slotSeats)
    .where(and(inArray(slotSeats.helpPointId, helpPointIds), gte(slotSeats.startsAt, from), lt(slotSeats.startsAt, to)));
  return new Map(rows.map((r) => [seatKey(r.helpPointId, r.startsAt), r.taken]));
}

export const seatKey = (helpPointId: number, startsAt: Date) => `${helpPointId}@${startsAt.getTime()}`;

export async function getPlace(db: Db, id: number) {
  const [place] = await db.select().from(places).where(eq(places.id, id));
  return place;
}

/** The hamlets a scope covers, for pickers, in the places file's order. */
export async function hamletsIn(db: Db, scope: Scope) {
  const rows = await db
    .select({ id: hamlet.id, name: hamlet.name, wardName: ward.name })
    .from(hamlet)
    .innerJoin(ward, eq(hamlet.parentId, ward.id))
    .where(and(eq(hamlet.kind, 'hamlet'), scopeFilter(scope, hamlet.id)))
    .orderBy(asc(ward.sortOrder), asc(hamlet.sortOrder));
  return rows.map((r) => ({ id: r.id, name: `${r.name}, ${r.wardName}` }));
}
