import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { nextAttemptAt, WINDOW_MS } from '@/lib/staff/sign-in-delay';
import type { Db } from '../client';
import { signInAttempts } from '../schema';

/** Where an attempt counts (`account:…`, `address:…`, `device:…`), and how many failures it takes before delays begin. */
export interface Bucket {
  key: string;
  free: number;
}

export type Reservation = { admitted: true; ids: number[] } | { admitted: false; retryAt: Date };

/**
 * Admits a sign-in attempt if every bucket allows one now, and if so records
 * it in each as a failure before the password is checked, so parallel
 * attempts cannot all pass the check: each bucket's check and record happen
 * under its own lock (taken in key order, so two attempts never wait on each
 * other crosswise). A refused attempt records nothing and learns when the
 * slowest bucket will admit one.
 */
export async function reserveAttempt(db: Db, buckets: Bucket[], now = new Date()): Promise<Reservation> {
  const ordered = [...buckets].sort((a, b) => (a.key < b.key ? -1 : 1));
  return db.transaction(async (tx) => {
    let retryAt = now;
    for (const { key, free } of ordered) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${key}))`);
      const rows = await tx
        .select({ at: signInAttempts.at })
        .from(signInAttempts)
        .where(and(eq(signInAttempts.bucket, key), gt(signInAttempts.at, new Date(now.getTime() - WINDOW_MS))));
      const next = nextAttemptAt(rows.map((row) => row.at), free, now);
      if (next > retryAt) retryAt = next;
    }
    if (retryAt > now) return { admitted: false, retryAt };
    const rows = await tx
      .insert(signInAttempts)
      .values(ordered.map(({ key }) => ({ bucket: key, at: now })))
      .returning({ id: signInAttempts.id });
    return { admitted: true, ids: rows.map((row) => row.id) };
  });
}

/** Takes back a reserved attempt whose password was right: it was no failure. */
export async function releaseAttempt(db: Db, ids: number[]) {
  await db.delete(signInAttempts).where(inArray(signInAttempts.id, ids));
}

export async function purgeSignInAttempts(db: Db, now = new Date()) {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, new Date(now.getTime() - WINDOW_MS)));
}
