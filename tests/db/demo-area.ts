import { eq } from 'drizzle-orm';
import { beforeAll } from 'vitest';
import type { Database } from '@/db/client';
import { findUserForSignIn, type Scope, scopeOf } from '@/db/queries/staff';
import { helpPoints, places, type StaffUser } from '@/db/schema';
import { readPlacesFile, seedArea } from '@/db/seed';

/**
 * The demo places and accounts, seeded before a suite's tests: each hamlet's
 * id and its help point's id by hamlet code, and the named accounts with their
 * scope. The maps are filled in place, so a suite can take them at once.
 */
export function useDemoArea(database: () => Database, usernames: string[]) {
  const area = { hamlet: {} as Record<string, number>, point: {} as Record<string, number>, staff: {} as Record<string, { user: StaffUser; scope: Scope }> };
  beforeAll(async () => {
    const { db } = database();
    await seedArea(db, readPlacesFile(), '2026-11-20');
    const rows = await db.select({ code: places.code, hamletId: places.id, pointId: helpPoints.id }).from(helpPoints).innerJoin(places, eq(helpPoints.hamletId, places.id));
    for (const row of rows) {
      area.hamlet[row.code] = row.hamletId;
      area.point[row.code] = row.pointId;
    }
    for (const username of usernames) {
      const user = (await findUserForSignIn(db, username))!;
      area.staff[username] = { user, scope: await scopeOf(db, user) };
    }
  });
  return area;
}
