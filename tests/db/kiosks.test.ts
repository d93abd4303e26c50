import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listHelpPoints } from '@/db/queries/help-points';
import { createKiosk, kioskForToken, listKiosks, revokeKiosk } from '@/db/queries/kiosks';
import { type Scope, scopeOf } from '@/db/queries/staff';
import { auditLog, type HelpPoint, type StaffUser, staffUsers } from '@/db/schema';
import { readPlacesFile, seedPlaces } from '@/db/seed';
import { describeEachEngine } from './test-database';

describeEachEngine('kiosk devices', (database: () => Database) => {
  let member: StaffUser;
  let scope: Scope;
  let otherScope: Scope;
  let kp5: HelpPoint;
  let kp7: HelpPoint;

  beforeAll(async () => {
    const { db } = database();
    await seedPlaces(db, readPlacesFile(), '2026-11-20');
    const account = async (username: string) => (await db.select().from(staffUsers).where(eq(staffUsers.username, username)))[0];
    member = await account('huongdan-kp5');
    scope = await scopeOf(db, member);
    otherScope = await scopeOf(db, await account('huongdan-kp7'));
    const points = await listHelpPoints(db, { wardCode: 'bim-son' });
    [kp5, kp7] = ['Khu phố 5', 'Khu phố 7'].map((hamlet) => points.find((p) => p.hamletName === hamlet)!.helpPoint);
  });

  it('a member turns a device into their help point\'s kiosk; its credential finds it, and it is seen', async () => {
    const { db } = database();
    const created = await createKiosk(db, scope, member, kp5.id, 'Máy tính bảng');
    expect(created!.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created!.device.tokenHash).not.toContain(created!.token);
    const seenAt = new Date('2026-12-02T03:00:00Z');
    const found = await kioskForToken(db, created!.token, seenAt);
    expect(found!.helpPoint.id).toBe(kp5.id);
    expect(found!.device.lastSeenAt).toEqual(seenAt);
    expect(await kioskForToken(db, `${created!.token}x`)).toBeUndefined();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'kiosk'), eq(auditLog.entityId, String(created!.device.id))));
    expect(audit.map((a) => a.action)).toEqual(['kiosk.enable']);
  });

  it('nobody makes a kiosk of a help point outside their area, or sees or revokes one', async () => {
    const { db } = database();
    expect(await createKiosk(db, scope, member, kp7.id, '')).toBeUndefined();
    const created = await createKiosk(db, scope, member, kp5.id, 'Laptop');
    expect((await listKiosks(db, otherScope)).map((k) => k.device.id)).not.toContain(created!.device.id);
    expect(await revokeKiosk(db, otherScope, member, created!.device.id)).toBe(false);
    expect(await kioskForToken(db, created!.token)).toBeDefined();
  });

  it('a revoked kiosk stops at its next request, and revoking twice changes nothing', async () => {
    const { db } = database();
    const created = await createKiosk(db, scope, member, kp5.id, 'Sẽ tắt');
    expect(await revokeKiosk(db, scope, member, created!.device.id)).toBe(true);
    expect(await kioskForToken(db, created!.token)).toBeUndefined();
    expect(await revokeKiosk(db, scope, member, created!.device.id, 'kiosk.exit')).toBe(false);
    const listed = (await listKiosks(db, scope)).find((k) => k.device.id === created!.device.id);
    expect(listed!.device.revokedAt).toBeInstanceOf(Date);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'kiosk'), eq(auditLog.entityId, String(created!.device.id))));
    expect(audit.map((a) => a.action)).toEqual(['kiosk.enable', 'kiosk.revoke']);
  });
});
