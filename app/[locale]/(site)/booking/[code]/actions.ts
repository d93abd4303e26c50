'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { cancelBooking, moveBooking } from '@/db/queries/bookings';
import { recordSelfReport } from '@/db/queries/outcomes';
import { redirect } from '@/i18n/navigation';
import { parseBookingCode } from '@/lib/booking-code';
import { OUTCOME_BLOCKERS, type OutcomeBlocker } from '@/lib/staff/outcome-values';
import { loadBooking } from '@/app/_services/booking/load';
import { bookingPath } from '@/lib/booking/paths';
import { formOf, postedText } from '@/lib/form-fields';
import { isInstant } from '@/lib/dates';
import { recordId } from '@/lib/record-id';

function readKey(formData: FormData) {
  return { code: parseBookingCode(String(formData.get('code') ?? '')) ?? '', token: String(formData.get('token') ?? '') };
}

const bookingPage = (code: string, token: string, extra = '') => `${bookingPath(code, token)}${extra}`;

export async function cancelAction(formData: FormData) {
  formData = formOf(formData);
  const { code, token } = readKey(formData);
  const { db } = await getDatabase();
  await cancelBooking(db, code, token);
  redirect({ href: bookingPage(code, token), locale: await getLocale() });
}

export async function moveAction(formData: FormData) {
  formData = formOf(formData);
  const { code, token } = readKey(formData);
  const helpPointId = recordId(formData.get('point'));
  const start = formData.get('start');
  const { db } = await getDatabase();
  const result = helpPointId && isInstant(start) ? await moveBooking(db, code, token, { helpPointId, startsAt: new Date(start) }) : { ok: false };
  const locale = await getLocale();
  if (!result.ok) redirect({ href: `${bookingPath(code, token, '/move')}&failed=1`, locale });
  redirect({ href: bookingPage(code, token, '&moved=1'), locale });
}

const BLOCKERS = new Set<string>(OUTCOME_BLOCKERS);

/** A citizen says they activated, or what stopped them; stored as self-reported until staff confirm. */
export async function selfReportAction(formData: FormData) {
  formData = formOf(formData);
  const { code, token } = readKey(formData);
  const loaded = await loadBooking(code, token);
  const locale = await getLocale();
  if (!loaded) return redirect({ href: bookingPage(code, token), locale });
  const { booking, point, db } = loaded;
  const done = formData.get('result') === 'done';
  const blocker = postedText(formData, 'blocker');
  await recordSelfReport(db, {
    hamletId: point.hamletId,
    bookingId: booking.id,
    fullName: booking.fullName,
    phone: booking.phone,
    steps: done ? ['activated'] : [],
    blocker: !done && BLOCKERS.has(blocker) ? (blocker as OutcomeBlocker) : null,
    note: postedText(formData, 'note').trim().slice(0, 300),
  });
  return redirect({ href: bookingPage(code, token, '&reported=1#report-thanks'), locale });
}
