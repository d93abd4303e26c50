import { and, eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database, Db } from '@/db/client';
import { cancelBooking, findBooking } from '@/db/queries/bookings';
import { createBooking } from '@/db/queries/create-booking';
import { listMessages } from '@/db/queries/outbox';
import { resendBookingLinks } from '@/db/queries/resend-links';
import * as schema from '@/db/schema';
import { auditLog, helpPoints, outbox } from '@/db/schema';
import { readPlacesFile, seedArea } from '@/db/seed';
import type { BookingRequest } from '@/lib/booking/schema';
import { CLIENT_ADDRESS_HEADER } from '@/lib/http/client-address';
import { toInstant } from '@/lib/time';
import { linksIn } from './links-in-texts';
import { describeEachEngine } from './test-database';

// The server action reads the database and the client address the way a request gives them.
const request = vi.hoisted(() => ({ database: undefined as Database | undefined, address: '' }));
vi.mock('@/db/client', async (original) => ({ ...(await original<typeof import('@/db/client')>()), getDatabase: async () => request.database! }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ [CLIENT_ADDRESS_HEADER]: request.address }) }));
const { resendLinks } = await import('@/app/[locale]/(site)/booking/resend/actions');

const NOW = toInstant('2026-11-25', '09:00');
const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
let phoneSeq = 0;
const nextPhone = () => `+8493${String(1000000 + phoneSeq++).slice(-7)}`;
let addressSeq = 0;


const ask = (phone: string) => {
  const data = new FormData();
  data.set('phone', phone);
  return resendLinks({ version: 0, values: {} }, data);
};

describeEachEngine('texting a phone the links to its bookings again', (database: () => Database) => {
  let pointId: number;

  async function book(phone: string, day: string, time: string) {
    const body: BookingRequest = {
      helpPointId: pointId,
      startsAt: toInstant(day, time),
      fullName: 'Trần Thị Bình',
      phone,
      people: 1,
      need: 'not-activated',
      notes: '',
      consentVersion: 'test',
    };
    const result = await createBooking(database().db, body, { now: NOW });
    if (!result.ok) throw new Error(result.reason);
    return result;
  }

  const linkMessages = (phone: string) =>
    database()
      .db.select()
      .from(outbox)
      .where(and(eq(outbox.phone, phone), eq(outbox.kind, 'links')));

  beforeAll(async () => {
    request.database = database();
    const { db } = database();
    await seedArea(db, readPlacesFile(), '2026-11-20');
    [{ id: pointId }] = await db.select().from(helpPoints).orderBy(helpPoints.id).limit(1);
  });

  it("texts one message with new links to only that phone's upcoming bookings; the new links open them and the old ones stop working", async () => {
    const { db } = database();
    const phone = nextPhone();
    const cancelled = await book(phone, '2026-11-26', '07:30');
    await cancelBooking(db, cancelled.booking.code, cancelled.token, NOW);
    const first = await book(phone, '2026-11-26', '08:10');
    const second = await book(phone, '2026-11-27', '14:10');
    const someoneElse = await book(nextPhone(), '2026-11-26', '08:10');

    expect(await resendBookingLinks(db, phone, NOW)).toBe(2);

    const messages = await linkMessages(phone);
    expect(messages).toHaveLength(1);
    expect(messages[0].body).toContain('thay cho đường dẫn cũ');
    const links = linksIn(messages[0].body);
    expect(links.map((l) => l.code)).toEqual([first.booking.code, second.booking.code]);
    expect(messages[0].body.split('\n').slice(1).map((line) => line.slice(0, 5))).toEqual(['08:10', '14:10']);
    for (const { code, token } of links) expect(await findBooking(db, code, token)).toMatchObject({ code, phone });
    expect(await findBooking(db, first.booking.code, first.token)).toBeUndefined();
    expect(await findBooking(db, second.booking.code, second.token)).toBeUndefined();
    expect(await findBooking(db, someoneElse.booking.code, someoneElse.token)).toBeDefined();
    expect((await listMessages(db, someoneElse.booking.id)).map((m) => m.kind)).toEqual(['confirmed', 'reminder']);
  });

  it('puts the new link in the reminder still to be sent, and writes an audit entry without name or phone', async () => {
    const { db } = database();
    const phone = nextPhone();
    const booked = await book(phone, '2026-11-28', '09:10');
    await resendBookingLinks(db, phone, NOW);
    const [{ token }] = linksIn((await linkMessages(phone))[0].body);
    const reminder = (await listMessages(db, booked.booking.id)).find((m) => m.kind === 'reminder')!;
    expect(linksIn(reminder.body)).toEqual([{ code: booked.booking.code, token }]);
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.action, 'booking.resend-link'), eq(auditLog.entityId, String(booked.booking.id))));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorLabel: 'citizen', before: null, after: { status: booked.booking.status, startsAt: booked.booking.startsAt.toISOString() } });
    expect(JSON.stringify(entries[0])).not.toMatch(/Trần|8493/);
  });

  it('leaves out bookings whose time has passed', async () => {
    const { db } = database();
    const phone = nextPhone();
    await book(phone, '2026-11-26', '08:30');
    const later = await book(phone, '2026-11-27', '08:30');
    expect(await resendBookingLinks(db, phone, toInstant('2026-11-26', '12:00'))).toBe(1);
    expect(linksIn((await linkMessages(phone))[0].body).map((l) => l.code)).toEqual([later.booking.code]);
  });

  it('sends once per 15 minutes per phone: a second ask within the window queues nothing and the first links keep working', async () => {
    const { db } = database();
    const phone = nextPhone();
    const booked = await book(phone, '2026-11-26', '09:10');
    await resendBookingLinks(db, phone, NOW);
    const [link] = linksIn((await linkMessages(phone))[0].body);

    expect(await resendBookingLinks(db, phone, minutesLater(5))).toBe(0);
    expect(await linkMessages(phone)).toHaveLength(1);
    expect(await findBooking(db, booked.booking.code, link.token)).toBeDefined();

    expect(await resendBookingLinks(db, phone, minutesLater(16))).toBe(1);
    expect(await linkMessages(phone)).toHaveLength(2);
    expect(await findBooking(db, booked.booking.code, link.token)).toBeUndefined();
  });

  it('counts the 15 minutes from the last text, not from the clock', async () => {
    const { db } = database();
    const phone = nextPhone();
    await book(phone, '2026-11-27', '09:10');
    expect(await resendBookingLinks(db, phone, toInstant('2026-11-26', '10:14'))).toBe(1);
    expect(await resendBookingLinks(db, phone, toInstant('2026-11-26', '10:16'))).toBe(0);
    expect(await resendBookingLinks(db, phone, toInstant('2026-11-26', '10:28'))).toBe(0);
    expect(await resendBookingLinks(db, phone, toInstant('2026-11-26', '10:30'))).toBe(1);
  });

  it('texts a number at most 3 times in 24 hours', async () => {
    const { db } = database();
    const phone = nextPhone();
    await book(phone, '2026-11-27', '09:10');
    const sent = [];
    for (const minutes of [0, 20, 40, 60, 24 * 60 + 1]) sent.push(await resendBookingLinks(db, phone, minutesLater(minutes)));
    expect(sent).toEqual([1, 1, 1, 0, 1]);
    expect(await linkMessages(phone)).toHaveLength(4);
  });

  it('takes the same statements for a number with bookings, one without, and one asked for already', async () => {
    const statementsOf = async (phone: string) => {
      const statements: string[] = [];
      const client = (database().db as unknown as { $client: pg.Pool }).$client;
      const logged = drizzle({ client, schema, logger: { logQuery: (query) => void statements.push(query) } }) as unknown as Db;
      await resendBookingLinks(logged, phone, NOW);
      return statements;
    };
    const phone = nextPhone();
    await book(phone, '2026-11-26', '13:10');
    await book(phone, '2026-11-27', '13:10');

    const withBookings = await statementsOf(phone);
    expect(withBookings).toContainEqual(expect.stringMatching(/^insert into "outbox"/));
    expect(linksIn((await linkMessages(phone))[0].body)).toHaveLength(2);
    expect(await statementsOf(nextPhone())).toEqual(withBookings);
    expect(await statementsOf(phone)).toEqual(withBookings);
    expect(await linkMessages(phone)).toHaveLength(1);
  });

  it('queues nothing for a number without bookings', async () => {
    const phone = nextPhone();
    expect(await resendBookingLinks(database().db, phone, NOW)).toBe(0);
    expect(await database().db.select().from(outbox).where(eq(outbox.phone, phone))).toHaveLength(0);
  });

  describe("the page's answer", () => {
    beforeAll(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(NOW);
    });
    afterAll(() => vi.useRealTimers());

    it('answers the same for a number with bookings, one without, and one asked for already', async () => {
      request.address = `203.0.113.${addressSeq++}`;
      const phone = nextPhone();
      await book(phone, '2026-11-26', '10:10');
      const withBookings = await ask(phone.replace('+84', '0'));
      const unknown = nextPhone();
      const without = await ask(unknown);
      const again = await ask(phone);
      expect(withBookings).toEqual({ version: 1, values: {}, done: true });
      expect(without).toEqual(withBookings);
      expect(again).toEqual(withBookings);
      expect(await linkMessages(phone)).toHaveLength(1);
      expect(await database().db.select().from(outbox).where(eq(outbox.phone, unknown))).toHaveLength(0);
    });

    it('asks for the number again when it is empty or not a mobile number', async () => {
      request.address = `203.0.113.${addressSeq++}`;
      expect((await ask('  ')).errors).toEqual({ phone: 'phoneRequired' });
      expect((await ask('0123')).errors).toEqual({ phone: 'phoneInvalid' });
    });

    it('says plainly that nothing was sent once one address asks too often', async () => {
      request.address = `203.0.113.${addressSeq++}`;
      for (let i = 0; i < 5; i++) expect((await ask(nextPhone())).done).toBe(true);
      const phone = nextPhone();
      await book(phone, '2026-11-26', '11:10');
      expect(await ask(phone)).toMatchObject({ errors: { form: 'rateLimited' }, values: { phone } });
      expect(await linkMessages(phone)).toHaveLength(0);
    });
  });
});
