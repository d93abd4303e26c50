'use server';

import { RedirectType } from 'next/navigation';
import { bookingStep } from '@/app/_services/booking/booking-step';
import type { BookingFormState } from '@/app/_components/booking/form-state';
import { redirect } from '@/i18n/navigation';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { kioskDonePath } from '@/lib/kiosk/paths';
import { formOf } from '@/lib/form-fields';

/**
 * The booking form at a kiosk: always for the kiosk's own help point, and once
 * booked it ends on the booking's QR code (its own screen, in place of the
 * form's) rather than opening the booking here.
 */
export async function kioskBook(previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  formData = formOf(formData);
  const { helpPoint } = await requireKiosk();
  formData.set('helpPointId', String(helpPoint.id));
  const state = await bookingStep(previous, formData, async ({ booking, token }, locale) => redirect({ href: kioskDonePath(booking.code, token), locale }, RedirectType.replace));
  // Times offered after a refusal stay at this help point: the kiosk books nowhere else.
  return state.phase === 'edit' && state.alternatives ? { ...state, alternatives: state.alternatives.filter((a) => a.helpPointId === helpPoint.id) } : state;
}
