import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ZaloRenewal } from '@/lib/messaging/zalo-token';
import type { Db } from '../client';
import { zaloTokens } from '../schema';

export type ZaloAccess = { ok: true; accessToken: string } | { ok: false; code: string };

// A token this close to its end is renewed rather than sent and refused.
const MARGIN_MS = 5 * 60_000;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * An access token ZNS should take: the stored one while it is fresh and not
 * the one ZNS has just refused (`stale`), or a new one bought with the stored
 * refresh token. The renewal runs under the row's lock and stores the new pair
 * in the same transaction, so two instances never spend one refresh token;
 * the one that waited finds the new pair and uses it.
 */
export async function zaloAccessToken(db: Db, firstRefreshToken: string, stale: string | null, renew: (refreshToken: string) => Promise<ZaloRenewal>, now: Date): Promise<ZaloAccess> {
  const seededFrom = hash(firstRefreshToken);
  const usable = (row?: typeof zaloTokens.$inferSelect) =>
    row?.accessToken && row.seededFrom === seededFrom && row.accessToken !== stale && row.expiresAt && row.expiresAt.getTime() > now.getTime() + MARGIN_MS ? row.accessToken : undefined;
  const [current] = await db.select().from(zaloTokens).where(eq(zaloTokens.id, 1));
  const fresh = usable(current);
  if (fresh) return { ok: true, accessToken: fresh };
  return db.transaction(async (tx) => {
    await tx.insert(zaloTokens).values({ refreshToken: firstRefreshToken, seededFrom }).onConflictDoNothing();
    const [row] = await tx.select().from(zaloTokens).where(eq(zaloTokens.id, 1)).for('update');
    const renewedMeanwhile = usable(row);
    if (renewedMeanwhile) return { ok: true as const, accessToken: renewedMeanwhile };
    // The operator set a new ZALO_REFRESH_TOKEN (the OA was authorised again): it replaces the stored one.
    const refreshToken = row.seededFrom === seededFrom ? row.refreshToken : firstRefreshToken;
    const renewal = await renew(refreshToken);
    if (!renewal.ok) {
      await tx.update(zaloTokens).set({ lastError: `${renewal.code} ${renewal.message}`.slice(0, 300), seededFrom, refreshToken }).where(eq(zaloTokens.id, 1));
      return { ok: false as const, code: `token:${renewal.code}` };
    }
    const { pair } = renewal;
    await tx
      .update(zaloTokens)
      .set({ accessToken: pair.accessToken, refreshToken: pair.refreshToken, expiresAt: pair.expiresAt, seededFrom, renewedAt: now, lastError: null })
      .where(eq(zaloTokens.id, 1));
    return { ok: true as const, accessToken: pair.accessToken };
  });
}
