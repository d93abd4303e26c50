import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { createBooking } from '@/db/queries/create-booking';
import { messageFailures, messagesPerDay } from '@/db/queries/message-report';
import { outbox, zaloTokens } from '@/db/schema';
import { channelsFrom } from '@/app/_services/messaging/channels';
import { type Channels, deliverDueMessages } from '@/app/_services/messaging/deliver';
import { messagingSettings } from '@/lib/messaging/settings';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { type StandIns, standInSettings, startStandIns } from '../provider-stand-ins';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
const SLOTS = ['08:10', '08:30', '08:50', '09:10', '09:30', '09:50', '10:10', '10:30'].map((time) => toInstant('2026-11-26', time));
let phoneSeq = 0;

function channels(standIns: StandIns, extra: Record<string, string> = {}): Channels {
  const read = messagingSettings(standInSettings(standIns, extra));
  if (!read.ok) throw new Error(read.error);
  return channelsFrom(read.settings);
}

describeEachEngine('messages by Zalo, and by SMS when Zalo refuses', (database: () => Database) => {
  const area = useDemoArea(database, []);
  let standIns: StandIns;
  beforeAll(async () => {
    standIns = await startStandIns();
    standIns.issueRefreshToken('refresh-0');
  });
  afterAll(() => standIns.close());
  beforeEach(async () => {
    await database().db.delete(outbox);
    standIns.zns.length = 0;
    standIns.sms.length = 0;
  });

  async function book() {
    const phone = `+8491${String(2000000 + ++phoneSeq).slice(-7)}`;
    const booked = await createBooking(
      database().db,
      { helpPointId: area.point['dong-son-kp5'], startsAt: SLOTS[phoneSeq % SLOTS.length], fullName: 'Nguyễn Văn An', phone, people: 1, need: 'not-activated', notes: '', consentVersion: 'test' },
      { now: NOW },
    );
    if (!booked.ok) throw new Error(booked.reason);
    // Only the confirmation is due now (the database dates it): the reminder is another test's matter.
    await database().db.delete(outbox).where(and(eq(outbox.bookingId, booked.booking.id), eq(outbox.kind, 'reminder')));
    return { ...booked, zaloPhone: phone.slice(1) };
  }

  const rowOf = async (bookingId: number) => (await database().db.select().from(outbox).where(eq(outbox.bookingId, bookingId))).find((m) => m.kind === 'confirmed')!;

  it("sends a booking's confirmation through ZNS, to 84…, with its template's values", async () => {
    const { booking, zaloPhone } = await book();
    expect(await deliverDueMessages(database().db, channels(standIns), new Date())).toEqual({ sent: 1, failed: 0 });
    expect(standIns.zns).toEqual([{ phone: zaloPhone, template_id: '301001', template_data: expect.objectContaining({ code: booking.code, date: '26/11/2026' }), tracking_id: expect.any(String) }]);
    expect(standIns.sms).toEqual([]);
    expect(await rowOf(booking.id)).toMatchObject({ status: 'sent', channel: 'zalo', providerId: 'zns-1', zaloError: null, attempts: 1 });
    expect(standIns.refreshes).toEqual(['refresh-0']);
  });

  it('sends the confirmation of a phone without Zalo by SMS instead, once, under the brandname', async () => {
    const { booking, zaloPhone } = await book();
    standIns.zaloPhones.set(zaloPhone, 'no-zalo');
    const sms = channels(standIns);
    expect(await deliverDueMessages(database().db, sms, new Date())).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueMessages(database().db, sms, new Date())).toEqual({ sent: 0, failed: 0 });
    expect(standIns.zns).toEqual([]);
    expect(standIns.sms).toEqual([expect.objectContaining({ Phone: `0${zaloPhone.slice(2)}`, Content: booking && (await rowOf(booking.id)).body, Brandname: 'PHUONG-BS', IsUnicode: '1' })]);
    expect(await rowOf(booking.id)).toMatchObject({ status: 'sent', channel: 'sms', providerId: 'sms-1', zaloError: '-118' });
  });

  it('sends by SMS what ZNS refuses for its template or its quota, or answers with a 5xx or not at all', async () => {
    const cases = [['template', '-117'], ['quota', '-115'], ['5xx', 'http-502'], ['hang', 'timeout']] as const;
    const booked = [];
    for (const [how] of cases) {
      const one = await book();
      standIns.zaloPhones.set(one.zaloPhone, how);
      booked.push(one);
    }
    expect(await deliverDueMessages(database().db, channels(standIns), new Date())).toEqual({ sent: 4, failed: 0 });
    expect(standIns.sms).toHaveLength(4);
    for (const [i, [, code]] of cases.entries()) expect(await rowOf(booked[i].booking.id)).toMatchObject({ channel: 'sms', zaloError: code });
  });

  it('sends by SMS a kind no template is set for, without diacritics when set so', async () => {
    const { booking } = await book();
    await database().db.update(outbox).set({ kind: 'moved' }).where(eq(outbox.bookingId, booking.id));
    expect(await deliverDueMessages(database().db, channels(standIns, { SMS_WITHOUT_DIACRITICS: '1' }), new Date())).toEqual({ sent: 1, failed: 0 });
    expect(standIns.sms[0]).toMatchObject({ IsUnicode: '0', Content: expect.stringMatching(/^Diem ho tro VNeID: lich hen .* Mang theo the can cuoc gan chip/) });
    const [row] = await database().db.select().from(outbox).where(eq(outbox.bookingId, booking.id));
    expect(row).toMatchObject({ channel: 'sms', zaloError: 'no-template' });
  });

  it("gives the admin each day's messages by channel, and the ones Zalo did not take with the reason", async () => {
    await book();
    const { zaloPhone } = await book();
    standIns.zaloPhones.set(zaloPhone, 'no-zalo');
    await deliverDueMessages(database().db, channels(standIns), new Date());
    const counts = await messagesPerDay(database().db, 14);
    expect(counts.map(({ channel, status, count }) => ({ channel, status, count })).sort((a, b) => a.channel!.localeCompare(b.channel!))).toEqual([
      { channel: 'sms', status: 'sent', count: 1 },
      { channel: 'zalo', status: 'sent', count: 1 },
    ]);
    expect(await messageFailures(database().db, 14)).toEqual([expect.objectContaining({ kind: 'confirmed', channel: 'sms', status: 'sent', zaloError: '-118' })]);
  });

  it('renews an access token ZNS no longer takes, once, and sends by SMS when the refresh token is refused', async () => {
    await book();
    standIns.expireAccessToken();
    const refreshesBefore = standIns.refreshes.length;
    expect(await deliverDueMessages(database().db, channels(standIns), new Date())).toEqual({ sent: 1, failed: 0 });
    expect(standIns.refreshes.slice(refreshesBefore)).toEqual(['refresh-1']);
    expect(standIns.zns).toHaveLength(1);
    const [token] = await database().db.select().from(zaloTokens);
    expect(token).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });

    // A refresh token spent elsewhere (a copy of the database, another app on the same OA) is refused as reused.
    await database().db.update(zaloTokens).set({ refreshToken: 'refresh-1', accessToken: null });
    const { booking } = await book();
    expect(await deliverDueMessages(database().db, channels(standIns), new Date())).toEqual({ sent: 1, failed: 0 });
    expect(await rowOf(booking.id)).toMatchObject({ channel: 'sms', zaloError: 'token:-14020' });
    expect((await database().db.select().from(zaloTokens))[0].lastError).toContain('Invalid refresh token: Refresh token is used or expired');
  });
});
