import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { createKiosk, kioskForToken, listKiosks, revokeKiosk } from '@/db/queries/kiosks';
import { auditLog } from '@/db/schema';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

describeEachEngine('kiosk devices', (database: () => Database) => {
  const { point, staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7']);
  const kp5 = () => point['dong-son-kp5'];
  const kp7 = () => point['dong-son-kp7'];
  const member = () => staff['huongdan-kp5'];
  const other = () => staff['huongdan-kp7'];

  it('a member turns a device into their help point\'s kiosk; its credential finds it, and it is seen', async () => {
    const { db } = database();
    const created = await createKiosk(db, member().scope, member().user, kp5(), 'Máy tính bảng');
    expect(created!.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created!.device.tokenHash).not.toContain(created!.token);
    const seenAt = new Date('2026-12-02T03:00:00Z');
    const found = await kioskForToken(db, created!.token, seenAt);
    expect(found!.helpPoint.id).toBe(kp5());
    expect(found!.device.lastSeenAt).toEqual(seenAt);
    expect(await kioskForToken(db, `${created!.token}x`)).toBeUndefined();
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'kiosk'), eq(auditLog.entityId, String(created!.device.id))));
    expect(audit.map((a) => a.action)).toEqual(['kiosk.enable']);
  });

  it('nobody makes a kiosk of a help point outside their area, or sees or revokes one', async () => {
    const { db } = database();
    expect(await createKiosk(db, member().scope, member().user, kp7(), '')).toBeUndefined();
    const created = await createKiosk(db, member().scope, member().user, kp5(), 'Laptop');
    expect((await listKiosks(db, other().scope)).map((k) => k.device.id)).not.toContain(created!.device.id);
    expect(await revokeKiosk(db, other().scope, other().user, created!.device.id)).toBe(false);
    expect(await kioskForToken(db, created!.token)).toBeDefined();
  });

  it('a revoked kiosk stops at its next request, and revoking twice changes nothing', async () => {
    const { db } = database();
    const created = await createKiosk(db, member().scope, member().user, kp5(), 'Sẽ tắt');
    expect(await revokeKiosk(db, member().scope, member().user, created!.device.id)).toBe(true);
    expect(await kioskForToken(db, created!.token)).toBeUndefined();
    expect(await revokeKiosk(db, member().scope, member().user, created!.device.id, 'kiosk.exit')).toBe(false);
    const listed = (await listKiosks(db, member().scope)).find((k) => k.device.id === created!.device.id);
    expect(listed!.device.revokedAt).toBeInstanceOf(Date);
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entity, 'kiosk'), eq(auditLog.entityId, String(created!.device.id))));
    expect(audit.map((a) => a.action)).toEqual(['kiosk.enable', 'kiosk.revoke']);
  });
});
