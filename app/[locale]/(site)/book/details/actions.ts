'use server';

import { redirect } from '@/i18n/navigation';
import { newBookingPath } from '@/lib/booking/paths';
import { bookingStep } from '@/app/_services/booking/booking-step';
import type { BookingFormState } from '@/app/_components/booking/form-state';

/** The booking form's one action; once booked, the citizen lands on their booking's own page. */
export async function submitBooking(previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  return bookingStep(previous, formData, async (result, locale) => redirect({ href: newBookingPath(result.booking.code, result.token), locale }));
}
