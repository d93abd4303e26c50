'use server';

import QRCode from 'qrcode';
import { bookingStep } from '@/app/[locale]/(site)/book/details/booking-step';
import type { BookingFormState } from '@/app/[locale]/(site)/book/details/form-state';
import { bookingPath } from '@/lib/booking/paths';
import { formatWhen } from '@/lib/dates';
import { requireKiosk } from '@/lib/kiosk/session';
import { publicUrl } from '@/lib/messaging/sms-text';
import { formOf, nextVersion } from '@/lib/form-fields';

/**
 * The booking form at a kiosk: always for the kiosk's own help point, and once
 * booked it ends on the booking's QR code rather than opening the booking here.
 */
export async function kioskBook(previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  formData = formOf(formData);
  const { helpPoint } = await requireKiosk();
  formData.set('helpPointId', String(helpPoint.id));
  const state = await bookingStep(previous, formData, async ({ booking, token }, locale) => {
    const link = publicUrl(bookingPath(booking.code, token), locale);
    const qrSvg = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    return { phase: 'done', version: nextVersion(previous), values: {}, slot: previous.slot, handoff: { code: booking.code, link, qrSvg, whenFull: formatWhen(booking.startsAt, locale), pointName: helpPoint.name, address: helpPoint.address } };
  });
  // Times offered after a refusal stay at this help point: the kiosk books nowhere else.
  return state.phase === 'edit' && state.alternatives ? { ...state, alternatives: state.alternatives.filter((a) => a.helpPointId === helpPoint.id) } : state;
}
