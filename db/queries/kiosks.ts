import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { helpPoints, kioskDevices } from '../schema';
import { type StaffActor, writeAudit } from './audit';
import { helpPointInScope } from './help-point-admin';
import { scopeFilter, type Scope } from './staff';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Turns a device into a kiosk of a help point in scope; the credential goes to its cookie, only the hash is stored. */
export async function createKiosk(db: Db, scope: Scope, actor: StaffActor, helpPointId: number, label: string) {
  const point = await helpPointInScope(db, scope, helpPointId);
  if (!point) return undefined;
  const token = randomBytes(32).toString('base64url');
  return db.transaction(async (tx) => {
    const [device] = await tx.insert(kioskDevices).values({ helpPointId, label, tokenHash: sha256(token), createdBy: actor.id }).returning();
    await writeAudit(tx, { actor, action: 'kiosk.enable', entity: 'kiosk', entityId: device.id, hamletId: point.helpPoint.hamletId, after: { helpPointId, label } });
    return { device, token };
  });
}

/**
 * The kiosk a credential belongs to, with its help point, unless revoked.
 * Every kiosk request passes here, so the same statement records when the device was last seen.
 */
export async function kioskForToken(db: Db, token: string, now = new Date()) {
  const [device] = await db
    .update(kioskDevices)
    .set({ lastSeenAt: now })
    .where(and(eq(kioskDevices.tokenHash, sha256(token)), isNull(kioskDevices.revokedAt)))
    .returning();
  if (!device) return undefined;
  const [point] = await db.select().from(helpPoints).where(eq(helpPoints.id, device.helpPointId));
  return { device, helpPoint: point };
}

export function listKiosks(db: Db, scope: Scope) {
  return db
    .select({ device: kioskDevices, helpPointName: helpPoints.name })
    .from(kioskDevices)
    .innerJoin(helpPoints, eq(kioskDevices.helpPointId, helpPoints.id))
    .where(scopeFilter(scope, helpPoints.hamletId))
    .orderBy(desc(kioskDevices.revokedAt), desc(kioskDevices.createdAt));
}

/** Ends a kiosk in scope: its next request finds no kiosk. `action` tells a revocation from the staff list apart from signing out at the kiosk. */
export async function revokeKiosk(db: Db, scope: Scope, actor: StaffActor, id: number, action: 'kiosk.revoke' | 'kiosk.exit' = 'kiosk.revoke', now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ device: kioskDevices, hamletId: helpPoints.hamletId })
      .from(kioskDevices)
      .innerJoin(helpPoints, eq(kioskDevices.helpPointId, helpPoints.id))
      .where(and(eq(kioskDevices.id, id), scopeFilter(scope, helpPoints.hamletId)))
      .for('update', { of: kioskDevices });
    if (!row || row.device.revokedAt) return false;
    await tx.update(kioskDevices).set({ revokedAt: now }).where(eq(kioskDevices.id, id));
    await writeAudit(tx, { actor, action, entity: 'kiosk', entityId: id, hamletId: row.hamletId, before: { revokedAt: null }, after: { revokedAt: now } });
    return true;
  });
}
