import { and, eq } from 'drizzle-orm';
import { beforeAll, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { acceptOffer, cancelBooking, findBooking, moveBooking } from '@/db/queries/bookings';
import { createBooking } from '@/db/queries/create-booking';
import { listMessages } from '@/db/queries/outbox';
import { availabilityContext, nearestFreeSlots } from '@/db/queries/availability';
import { declineOffer, expireOffers, joinWaitlist } from '@/db/queries/waitlist';
import { auditLog, bookings, helpPoints, outbox, slotSeats, waitlist } from '@/db/schema';
import { readPlacesFile, seedArea } from '@/db/seed';
import { hashToken } from '@/lib/booking-code';
import type { BookingRequest } from '@/lib/booking/schema';
import { startJobs } from '@/app/_services/jobs';
import { slotStarts } from '@/lib/slots';
import { localTime, toInstant } from '@/lib/time';
import { bookingSettings } from '@/lib/booking/settings';
import { linksIn } from './links-in-texts';
import { describeEachEngine } from './test-database';

// Codes to hand out before random ones, to make two bookings draw the same code.
const drawnCodes = vi.hoisted((): string[] => []);
vi.mock('@/lib/booking-code', async (original) => {
  const actual = await original<typeof import('@/lib/booking-code')>();
  return { ...actual, newBookingCode: () => drawnCodes.shift() ?? actual.newBookingCode() };
});

const NOW = toInstant('2026-11-25', '09:00');
const SLOT = toInstant('2026-11-26', '08:10');
let phoneSeq = 0;
const nextPhone = () => `+8491${String(1000000 + phoneSeq++).slice(-7)}`;

function request(helpPointId: number, overrides: Partial<BookingRequest> = {}): BookingRequest {
  return {
    helpPointId,
    startsAt: SLOT,
    fullName: 'Nguyễn Văn An',
    phone: nextPhone(),
    people: 1,
    need: 'not-activated',
    notes: '',
    consentVersion: 'test',
    ...overrides,
  };
}

describeEachEngine('booking a help slot', (database: () => Database) => {
  let pointId: number;
  let otherPointId: number;
  // Its days are filled by the tests of alternatives only.
  let quietPointId: number;

  beforeAll(async () => {
    const { db } = database();
    await seedArea(db, readPlacesFile(), '2026-11-20');
    const points = await db.select().from(helpPoints).orderBy(helpPoints.id).limit(3);
    [pointId, otherPointId, quietPointId] = points.map((p) => p.id);
  });

  it('never overbooks: of 200 simultaneous bookings of a 3-seat slot exactly 3 succeed', async () => {
    const { db } = database();
    const startsAt = toInstant('2026-11-27', '10:10');
    const results = await Promise.all(Array.from({ length: 200 }, () => createBooking(db, request(pointId, { startsAt }), { now: NOW })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.reason === 'full')).toBe(true);
    const [seats] = await db.select().from(slotSeats).where(and(eq(slotSeats.helpPointId, pointId), eq(slotSeats.startsAt, startsAt)));
    expect(seats.taken).toBe(3);
    const rows = await db.select().from(bookings).where(eq(bookings.startsAt, startsAt));
    expect(rows).toHaveLength(3);
  });

  it('counts every person of a group as a seat', async () => {
    const { db } = database();
    const startsAt = toInstant('2026-11-27', '11:10');
    expect((await createBooking(db, request(pointId, { startsAt, people: 2 }), { now: NOW })).ok).toBe(true);
    const refused = await createBooking(db, request(pointId, { startsAt, people: 2 }), { now: NOW });
    expect(refused).toEqual({ ok: false, reason: 'full' });
    expect((await createBooking(db, request(pointId, { startsAt, people: 1 }), { now: NOW })).ok).toBe(true);
  });

  it('replays the first answer for a repeated idempotency key and refuses a different body', async () => {
    const { db } = database();
    const body = request(pointId, { startsAt: toInstant('2026-11-27', '12:10') });
    const idempotency = { key: 'api:key-1', requestHash: 'hash-a' };
    const [first, second] = await Promise.all([createBooking(db, body, { now: NOW, idempotency }), createBooking(db, body, { now: NOW, idempotency })]);
    const answers = [first, second].filter((r) => r.ok);
    expect(answers).toHaveLength(2);
    expect(new Set(answers.map((r) => r.ok && r.booking.code)).size).toBe(1);
    expect(answers.filter((r) => r.ok && r.replayed)).toHaveLength(1);
    expect(await db.select().from(bookings).where(eq(bookings.phone, body.phone))).toHaveLength(1);

    const other = await createBooking(db, { ...body, people: 2 }, { now: NOW, idempotency: { key: 'api:key-1', requestHash: 'hash-b' } });
    expect(other).toEqual({ ok: false, reason: 'idempotency-mismatch' });
  });

  it('allows two upcoming bookings per phone number, not a third', async () => {
    const { db } = database();
    const phone = nextPhone();
    for (const time of ['13:10', '13:30']) {
      expect((await createBooking(db, request(pointId, { phone, startsAt: toInstant('2026-11-27', time) }), { now: NOW })).ok).toBe(true);
    }
    const third = await createBooking(db, request(pointId, { phone, startsAt: toInstant('2026-11-27', '13:50') }), { now: NOW });
    expect(third).toEqual({ ok: false, reason: 'phone-limit' });
  });

  it('refuses slots that do not exist, have passed or start within the cut-off', async () => {
    const { db } = database();
    expect(await createBooking(db, request(pointId, { startsAt: toInstant('2026-11-27', '08:15') }), { now: NOW })).toEqual({ ok: false, reason: 'unknown-slot' });
    expect(await createBooking(db, request(999999), { now: NOW })).toEqual({ ok: false, reason: 'unknown-slot' });
    expect(await createBooking(db, request(pointId, { startsAt: toInstant('2026-11-25', '08:10') }), { now: NOW })).toEqual({ ok: false, reason: 'too-late' });
    expect(await createBooking(db, request(pointId, { startsAt: toInstant('2026-11-25', '09:10') }), { now: NOW })).toEqual({ ok: false, reason: 'too-late' });
    expect(await createBooking(db, request(pointId, { startsAt: toInstant('2027-06-01', '09:10') }), { now: NOW })).toEqual({ ok: false, reason: 'unknown-slot' });
  });

  it('opens a booking with its token only, which its row holds only as a hash, and queues the confirmation and the reminder', async () => {
    const { db } = database();
    const result = await createBooking(db, request(pointId), { now: NOW });
    if (!result.ok) throw new Error(result.reason);
    const [row] = await db.select().from(bookings).where(eq(bookings.id, result.booking.id));
    expect(row.tokenHash).toBe(hashToken(result.token));
    expect(JSON.stringify(row)).not.toContain(result.token);
    expect(await findBooking(db, result.booking.code, result.token)).toMatchObject({ id: result.booking.id, status: 'confirmed' });
    expect(await findBooking(db, result.booking.code, 'guess')).toBeUndefined();
    const messages = await listMessages(db, result.booking.id);
    expect(messages.map((m) => m.kind)).toEqual(['confirmed', 'reminder']);
    expect(messages[0].body).toContain(result.booking.code);
    expect(messages[1].nextAttemptAt).toEqual(toInstant('2026-11-25', '18:00'));
  });

  it('writes the text messages and links of a booking made in English in English, and keeps to it when the booking moves', async () => {
    const { db } = database();
    const result = await createBooking(db, request(pointId, { startsAt: toInstant('2026-11-29', '09:10'), locale: 'en' }), { now: NOW });
    if (!result.ok) throw new Error(result.reason);
    expect(result.booking.locale).toBe('en');
    const moved = await moveBooking(db, result.booking.code, result.token, { helpPointId: pointId, startsAt: toInstant('2026-11-29', '10:10') }, NOW);
    expect(moved.ok).toBe(true);
    const bodies = (await listMessages(db, result.booking.id)).map((m) => m.body);
    expect(bodies[0]).toMatch(/^VNeID help point: booking .* at 09:10 on 29 November 2026 .*\/en\/b\/[A-Z0-9]{6}/);
    expect(bodies.filter((b) => b.includes('moved to 10:10 on 29 November 2026'))).toHaveLength(1);
    expect(bodies.every((b) => !b.includes('Điểm hỗ trợ'))).toBe(true);
  });

  it('draws another code when the drawn one is taken, and sends the code the booking got', async () => {
    const { db } = database();
    drawnCodes.push('AAA-AAA', 'AAA-AAA');
    const first = await createBooking(db, request(pointId, { startsAt: toInstant('2026-11-27', '13:10') }), { now: NOW });
    const second = await createBooking(db, request(pointId, { startsAt: toInstant('2026-11-27', '13:10') }), { now: NOW });
    if (!first.ok || !second.ok) throw new Error('not booked');
    expect(first.booking.code).toBe('AAA-AAA');
    expect(second.booking.code).not.toBe('AAA-AAA');
    const [confirmation] = await listMessages(db, second.booking.id);
    expect(confirmation.body).toContain(second.booking.code);
    expect(await db.select().from(bookings).where(eq(bookings.code, 'AAA-AAA'))).toHaveLength(1);
  });

  it('cancels a booking and frees its seat', async () => {
    const { db } = database();
    const startsAt = toInstant('2026-11-27', '14:10');
    const booked = await createBooking(db, request(pointId, { startsAt, people: 3 }), { now: NOW });
    if (!booked.ok) throw new Error(booked.reason);
    expect((await cancelBooking(db, booked.booking.code, 'wrong-token', NOW)).ok).toBe(false);
    expect(await cancelBooking(db, booked.booking.code, booked.token, NOW)).toMatchObject({ ok: true, booking: { status: 'cancelled' } });
    expect((await createBooking(db, request(pointId, { startsAt, people: 3 }), { now: NOW })).ok).toBe(true);
    expect(await cancelBooking(db, booked.booking.code, booked.token, NOW)).toEqual({ ok: false, reason: 'not-active' });
    const kinds = (await db.select().from(outbox).where(eq(outbox.bookingId, booked.booking.id)).orderBy(outbox.id)).map((m) => m.kind);
    expect(kinds).toEqual(['confirmed', 'cancelled']);
  });

  it('offers a freed seat to the waitlist under the seats the help point has once a change of seats is saved', async () => {
    const { db } = database();
    const startsAt = toInstant('2026-11-28', '08:10');
    const booked = await createBooking(db, request(otherPointId, { startsAt }), { now: NOW });
    if (!booked.ok) throw new Error(booked.reason);
    const group = await joinWaitlist(db, { helpPointId: otherPointId, day: '2026-11-28', fullName: 'Nhóm ba người', phone: nextPhone(), people: 3, need: 'unsure' }, NOW);

    // A supervisor lowers the seats to 1 while the citizen cancels: the offer waits for the change and follows it.
    let cancelled: ReturnType<typeof cancelBooking> | undefined;
    await db.transaction(async (tx) => {
      await tx.select().from(helpPoints).where(eq(helpPoints.id, otherPointId)).for('update');
      cancelled = cancelBooking(db, booked.booking.code, booked.token, NOW);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await tx.update(helpPoints).set({ seatsPerSlot: 1 }).where(eq(helpPoints.id, otherPointId));
    });
    expect(await cancelled).toMatchObject({ ok: true });
    const [seats] = await db.select().from(slotSeats).where(and(eq(slotSeats.helpPointId, otherPointId), eq(slotSeats.startsAt, startsAt)));
    expect(seats.taken).toBe(0);
    expect((await db.select().from(waitlist).where(eq(waitlist.id, group.id)))[0].status).toBe('waiting');
    await db.update(helpPoints).set({ seatsPerSlot: 3 }).where(eq(helpPoints.id, otherPointId));
  });

  it('moves a booking atomically and leaves it intact when the new slot is full', async () => {
    const { db } = database();
    const from = toInstant('2026-11-27', '15:10');
    const full = toInstant('2026-11-27', '15:30');
    const free = toInstant('2026-11-27', '15:50');
    const booked = await createBooking(db, request(pointId, { startsAt: from }), { now: NOW });
    if (!booked.ok) throw new Error(booked.reason);
    expect((await createBooking(db, request(pointId, { startsAt: full, people: 3 }), { now: NOW })).ok).toBe(true);

    expect(await moveBooking(db, booked.booking.code, booked.token, { helpPointId: pointId, startsAt: full }, NOW)).toEqual({ ok: false, reason: 'full' });
    expect(await findBooking(db, booked.booking.code, booked.token)).toMatchObject({ startsAt: from, status: 'confirmed' });

    const moved = await moveBooking(db, booked.booking.code, booked.token, { helpPointId: otherPointId, startsAt: free }, NOW);
    expect(moved).toMatchObject({ ok: true, booking: { helpPointId: otherPointId, startsAt: free } });
    const seats = await db.select().from(slotSeats).where(eq(slotSeats.startsAt, from));
    expect(seats.find((s) => s.helpPointId === pointId)?.taken).toBe(0);
  });

  async function fillDay(db: Database['db'], helpPointId: number, day: string, except: string[] = []) {
    const [point] = await db.select().from(helpPoints).where(eq(helpPoints.id, helpPointId));
    const full = slotStarts(point, day).filter((start) => !except.includes(localTime(start)));
    await db.insert(slotSeats).values(full.map((startsAt) => ({ helpPointId, startsAt, taken: point.seatsPerSlot })));
  }
  const shown = (options: { day: string; time: string }[]) => options.map((o) => `${o.day} ${o.time}`);

  it('offers a full day’s alternatives from that day on, never the evening before, the same day first', async () => {
    const { db } = database();
    await fillDay(db, quietPointId, '2026-11-29');
    const options = await nearestFreeSlots(db, quietPointId, toInstant('2026-11-29', '12:00'), availabilityContext(NOW));
    expect(shown(options.here)).toEqual(['2026-11-30 11:50', '2026-11-30 12:10', '2026-11-30 11:30']);
    expect(options.nearby.length).toBeGreaterThan(0);
    expect(options.nearby.every((o) => o.day === '2026-11-29')).toBe(true);
  });

  it('offers a similar time of day on the next day before a far one', async () => {
    const { db } = database();
    await fillDay(db, quietPointId, '2026-12-01');
    await fillDay(db, quietPointId, '2026-12-02', ['08:30', '12:10', '21:30']);
    const options = await nearestFreeSlots(db, quietPointId, toInstant('2026-12-01', '08:10'), availabilityContext(NOW));
    expect(shown(options.here)).toEqual(['2026-12-02 08:30', '2026-12-02 12:10', '2026-12-02 21:30']);
  });

  it('offers no time that has passed or starts within the cut-off', async () => {
    const { db } = database();
    const options = await nearestFreeSlots(db, quietPointId, toInstant('2026-11-25', '09:10'), availabilityContext(NOW));
    expect(shown(options.here)).toEqual(['2026-11-25 09:30', '2026-11-25 09:50', '2026-11-25 10:10']);
  });

  it('keeps one place in a day’s queue per phone, however often it joins', async () => {
    const { db } = database();
    const entry = { helpPointId: quietPointId, day: '2026-12-05', fullName: 'Lê Thị Hoa', phone: nextPhone(), people: 1, need: 'unsure' as const };
    const [first, again] = await Promise.all([joinWaitlist(db, entry, NOW), joinWaitlist(db, entry, NOW)]);
    expect(again.id).toBe(first.id);
    const rows = await db.select().from(waitlist).where(and(eq(waitlist.phone, entry.phone), eq(waitlist.day, entry.day)));
    expect(rows).toHaveLength(1);
  });

  it('passes a declined offer to the next person waiting at once, and a declined offer cannot be declined or taken again', async () => {
    const { db } = database();
    const startsAt = toInstant('2026-12-03', '10:10');
    const one = await createBooking(db, request(quietPointId, { startsAt }), { now: NOW });
    if (!one.ok) throw new Error(one.reason);
    expect((await createBooking(db, request(quietPointId, { startsAt, people: 2 }), { now: NOW })).ok).toBe(true);
    const wait = (fullName: string) => joinWaitlist(db, { helpPointId: quietPointId, day: '2026-12-03', fullName, phone: nextPhone(), people: 1, need: 'unsure' }, NOW);
    const first = await wait('Người chờ đầu');
    const second = await wait('Người chờ sau');
    const offerToken = async (waitlistId: number) => {
      const [offer] = await db.select().from(outbox).where(and(eq(outbox.waitlistId, waitlistId), eq(outbox.kind, 'waitlist-offer')));
      return linksIn(offer.body)[0].token;
    };
    const status = async (id: number) => (await db.select().from(waitlist).where(eq(waitlist.id, id)))[0].status;

    await cancelBooking(db, one.booking.code, one.token, NOW);
    expect([await status(first.id), await status(second.id)]).toEqual(['offered', 'waiting']);
    const token = await offerToken(first.id);
    expect(await declineOffer(db, first.id, 'guess', NOW)).toEqual({ ok: false, reason: 'not-found' });

    expect(await declineOffer(db, first.id, token, NOW)).toEqual({ ok: true });
    expect([await status(first.id), await status(second.id)]).toEqual(['declined', 'offered']);
    expect(await offerToken(second.id)).toBeTruthy();
    const [seats] = await db.select().from(slotSeats).where(and(eq(slotSeats.helpPointId, quietPointId), eq(slotSeats.startsAt, startsAt)));
    expect(seats.taken).toBe(3);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'waitlist.decline'), eq(auditLog.entityId, String(first.id))));
    expect(entry.after).toMatchObject({ status: 'declined', people: 1 });
    expect(JSON.stringify(entry)).not.toMatch(/Người chờ|\+84/);

    expect(await declineOffer(db, first.id, token, NOW)).toEqual({ ok: false, reason: 'not-active' });
    expect(await acceptOffer(db, first.id, token, NOW)).toEqual({ ok: false, reason: 'not-active' });
  });

  /** A slot of the quiet help point filled by two bookings, its day's queue of two, and the single seat freed: the first in the queue is offered it. */
  async function offerToFirstOfTwo(day: string) {
    const { db } = database();
    const startsAt = toInstant(day, '10:10');
    const one = await createBooking(db, request(quietPointId, { startsAt }), { now: NOW });
    if (!one.ok) throw new Error(one.reason);
    expect((await createBooking(db, request(quietPointId, { startsAt, people: 2 }), { now: NOW })).ok).toBe(true);
    const wait = (fullName: string) => joinWaitlist(db, { helpPointId: quietPointId, day, fullName, phone: nextPhone(), people: 1, need: 'unsure' }, NOW);
    const first = await wait('Người chờ đầu');
    const second = await wait('Người chờ sau');
    await cancelBooking(db, one.booking.code, one.token, NOW);
    const entry = async (id: number) => (await db.select().from(waitlist).where(eq(waitlist.id, id)))[0];
    const offers = async (id: number) => (await db.select().from(outbox).where(and(eq(outbox.waitlistId, id), eq(outbox.kind, 'waitlist-offer')))).map((m) => m.body);
    const seatsTaken = async () => (await db.select().from(slotSeats).where(and(eq(slotSeats.helpPointId, quietPointId), eq(slotSeats.startsAt, startsAt))))[0].taken;
    const [text] = await offers(first.id);
    return { first, second, entry, offers, seatsTaken, firstToken: linksIn(text)[0].token };
  }

  it('holds a freed seat for the first person waiting until the hold ends, then passes it to the next, who gets a hold of their own', async () => {
    const { db } = database();
    const { first, second, entry, offers, seatsTaken, firstToken } = await offerToFirstOfTwo('2026-12-04');
    const { waitlistHoldMinutes } = bookingSettings();
    const holdEnds = new Date(NOW.getTime() + waitlistHoldMinutes * 60_000);
    expect((await entry(first.id)).offerExpiresAt).toEqual(holdEnds);

    await expireOffers(db, new Date(holdEnds.getTime() - 1000));
    expect([(await entry(first.id)).status, (await entry(second.id)).status]).toEqual(['offered', 'waiting']);

    await expireOffers(db, holdEnds);
    expect([(await entry(first.id)).status, (await entry(second.id)).status]).toEqual(['expired', 'offered']);
    expect((await entry(second.id)).offerExpiresAt).toEqual(new Date(holdEnds.getTime() + waitlistHoldMinutes * 60_000));
    expect(await offers(second.id)).toEqual([expect.stringContaining('Giữ đến 11:00')]);
    expect(await seatsTaken()).toBe(3);
    expect(await acceptOffer(db, first.id, firstToken, holdEnds)).toEqual({ ok: false, reason: 'not-active' });
  });

  it('passes on an offer whose hold has ended within the running app\'s next minute', async () => {
    const { db } = database();
    const { first, second, entry } = await offerToFirstOfTwo('2026-12-06');
    const holdEnds = new Date(NOW.getTime() + bookingSettings().waitlistHoldMinutes * 60_000);
    // The clock and the jobs' timers are faked; the database's own timeouts keep running.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    try {
      vi.setSystemTime(new Date(holdEnds.getTime() - 30_000));
      const stop = startJobs(db, { sms: { name: 'test', send: async () => ({}) } });
      vi.advanceTimersByTime(60_000);
      await stop();
    } finally {
      vi.useRealTimers();
    }
    expect([(await entry(first.id)).status, (await entry(second.id)).status]).toEqual(['expired', 'offered']);
  });
});
