'use client';

import type { ComponentProps } from 'react';
import { BookingForm } from '@/app/[locale]/(site)/book/details/booking-form';
import { Handoff, type HandoffText } from '../../_components/handoff';

type Props = Omit<ComponentProps<typeof BookingForm>, 'done' | 'kiosk'> & { keyboardHint: string; attractHref: string; seconds: number; text: HandoffText };

/** The site's booking form, ending on the handoff to the visitor's phone. */
export function KioskBookingForm({ keyboardHint, attractHref, seconds, text, ...form }: Props) {
  return <BookingForm {...form} kiosk={{ keyboardHint }} done={(booking) => <Handoff booking={booking} text={text} attractHref={attractHref} seconds={seconds} />} />;
}
