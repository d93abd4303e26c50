import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { createBooking } from '@/db/queries/create-booking';
import { searchBookings } from '@/db/queries/staff-bookings';
import { bookings } from '@/db/schema';
import { bookingFormSchema, toBookingRequest } from '@/lib/booking/schema';
import { sentValues } from '@/lib/form-fields';
import { toInstant } from '@/lib/time';
import { useDemoArea } from './demo-area';
import { describeEachEngine } from './test-database';

const NOW = toInstant('2026-11-25', '09:00');
const HUONG = 'Nguyễn Thị Hường';

describeEachEngine('the staff day search', (database: () => Database) => {
  const { point, staff } = useDemoArea(database, ['huongdan-kp5', 'huongdan-kp7']);

  /** A booking as the booking form posts it: the name typed in decomposed form, as some keyboards send it. */
  async function bookFromForm(fullName: string, phone: string) {
    const form = new FormData();
    const posted = { helpPointId: String(point['dong-son-kp5']), startsAt: toInstant('2026-11-26', '09:10').toISOString(), fullName, phone, people: '1', need: 'not-activated', notes: '', consent: 'on' };
    for (const [name, value] of Object.entries(posted)) form.set(name, value);
    const parsed = bookingFormSchema.parse(sentValues(form, Object.keys(posted)));
    const result = await createBooking(database().db, toBookingRequest(parsed), { now: NOW });
    if (!result.ok) throw new Error(result.reason);
    return result.booking;
  }

  it('finds a name stored from NFD input by its plain-letter form, in any case, and a phone in any accepted form', async () => {
    const { db } = database();
    const booking = await bookFromForm(HUONG.normalize('NFD'), '0912 345 678');
    const [stored] = await db.select().from(bookings).where(eq(bookings.id, booking.id));
    expect(stored.fullName).toBe(HUONG.normalize('NFC'));

    const { scope } = staff['huongdan-kp5'];
    const found = async (term: string) => (await searchBookings(db, scope, term)).map((r) => r.booking.id);
    for (const term of ['huong', 'HƯỜNG', 'Hường', 'Hường'.normalize('NFD'), 'nguyen thi huong', 'Huong']) {
      expect(await found(term), term).toContain(booking.id);
    }
    for (const term of ['0912.345.678', '+84 912 345 678', '84912345678', '0912345678']) {
      expect(await found(term), term).toContain(booking.id);
    }
    expect(await found(booking.code.toLowerCase())).toContain(booking.id);
    expect(await found('hoa')).not.toContain(booking.id);
    expect(await found('%')).toEqual([]);
  });

  it('finds nothing outside the member\'s area', async () => {
    const { db } = database();
    const booking = await bookFromForm('Phạm Văn Đức', '0913 222 333');
    expect((await searchBookings(db, staff['huongdan-kp7'].scope, 'duc')).map((r) => r.booking.id)).not.toContain(booking.id);
    expect((await searchBookings(db, staff['huongdan-kp5'].scope, 'DUC')).map((r) => r.booking.id)).toContain(booking.id);
  });
});
