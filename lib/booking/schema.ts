import { z } from 'zod';
import { dayField, instantField } from '../dates';
import { recordIdField } from '../record-id';
import { oneLine } from '../form-fields';
import { LOCALES } from '@/i18n/locales';
import { normalizePhone } from '../phone';
import { OUTCOMES } from '../triage';
import { fullNameField } from '../full-name';

/** What a citizen can say they need: the outcomes of the check, or "not sure". */
export type Need = keyof typeof OUTCOMES | 'unsure';
export const NEEDS: readonly [Need, ...Need[]] = Object.keys(OUTCOMES).concat('unsure') as [Need, ...Need[]];

/** Bumped whenever the consent wording changes, so each booking records what was agreed to. */
export const CONSENT_VERSION = '2026-11-25';

/**
 * The booking form, shared by the browser (react-hook-form) and the server
 * (server action and JSON API). Error messages are keys into Booking.errors.
 */
export const bookingFormSchema = z.object({
  helpPointId: recordIdField('slot'),
  startsAt: instantField('slot'),
  fullName: fullNameField(),
  phone: oneLine(z.string({ error: 'phoneRequired' }).trim().min(1, 'phoneRequired')).refine((value) => normalizePhone(value) !== null, 'phoneInvalid'),
  people: z.coerce.number({ error: 'people' }).int('people').min(1, 'people').max(3, 'people'),
  need: z.enum(NEEDS, { error: 'need' }),
  notes: z.string().trim().max(500, 'notesTooLong').default(''),
  // true from the JSON API, "on" from a ticked checkbox; anything else is no consent.
  consent: z.custom<true | 'on'>((value) => value === true || value === 'on', 'consent'),
  // The language of the booking's text messages, calendar file and links; pages set it from their own.
  locale: z.enum(LOCALES, { error: 'locale' }).default('vi'),
});

export type BookingFormInput = z.input<typeof bookingFormSchema>;

/** A validated booking, in the form the database takes. */
export function toBookingRequest(form: z.output<typeof bookingFormSchema>) {
  return {
    helpPointId: form.helpPointId,
    startsAt: new Date(form.startsAt),
    fullName: form.fullName,
    phone: normalizePhone(form.phone)!,
    people: form.people,
    need: form.need,
    notes: form.notes,
    consentVersion: CONSENT_VERSION,
    locale: form.locale,
  };
}

/** A booking to make; Vietnamese unless a language is given. */
export type BookingRequest = Omit<ReturnType<typeof toBookingRequest>, 'locale'> & { locale?: (typeof LOCALES)[number] };

/** Joining the waitlist of a full day: who, how many, and consent; no time yet. */
export const waitlistFormSchema = bookingFormSchema.omit({ startsAt: true, notes: true }).extend({ day: dayField('slot') });
