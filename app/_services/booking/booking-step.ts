import { createHash, randomUUID } from 'node:crypto';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getDatabase } from '@/db/client';
import { bookingFormSchema, toBookingRequest } from '@/lib/booking/schema';
import type { BookingFormState, FieldName, FormValues, SlotSummary } from '@/app/_components/booking/form-state';
import { fieldErrors } from '@/lib/field-errors';
import { book, type Booked } from './book';
import { slotSummary } from './slot-summary';
import { formOf, nextVersion, sentValues } from '@/lib/form-fields';

const FIELDS: FieldName[] = ['helpPointId', 'startsAt', 'fullName', 'phone', 'people', 'need', 'notes', 'consent'];

/**
 * One step of the booking form: "check" validates and shows the answers,
 * "edit" goes back to the form, "confirm" books and hands the booking to
 * `booked`. Every step re-validates, so edited hidden fields are caught like
 * any other bad input.
 */
export async function bookingStep(previous: BookingFormState, formData: FormData, booked: (result: Booked, locale: Locale) => Promise<BookingFormState>): Promise<BookingFormState> {
  formData = formOf(formData);
  const version = nextVersion(previous);
  // A made-up previous state (from a call no page makes) counts as none.
  const last: { values: FormValues; slot?: SlotSummary } = previous?.values && typeof previous.values === 'object' ? previous : { values: {} };
  const values: FormValues = sentValues(formData, FIELDS);
  const intent = formData.get('intent');
  const locale = (await getLocale()) as Locale;
  const { db } = await getDatabase();
  // An alternative time chosen after a refusal changes the slot and keeps everything typed.
  const sameSlot = values.helpPointId === last.values.helpPointId && values.startsAt === last.values.startsAt;
  const slot = sameSlot ? last.slot : await slotSummary(db, values.helpPointId, values.startsAt, values.need, locale);
  if (!slot) return { phase: 'edit', version, values: last.values, slot: last.slot!, errors: { startsAt: 'slot' } };
  if (intent === 'edit') return { phase: 'edit', version, values, slot };

  const parsed = bookingFormSchema.safeParse(values);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { phase: 'edit', version, values, slot, errors };
  }
  if (intent !== 'confirm') return { phase: 'check', version, values, slot, requestKey: randomUUID() };

  const request = toBookingRequest({ ...parsed.data, locale });
  const requestKey = String(formData.get('requestKey') ?? '');
  const idempotency = requestKey ? { key: `form:${requestKey}`, requestHash: createHash('sha256').update(JSON.stringify(request)).digest('hex') } : undefined;
  const result = await book(db, request, { from: await headers(), idempotency });
  if (result.ok) return booked(result, locale);
  const alternatives = result.alternatives && Object.values(result.alternatives).flat();
  return {
    phase: 'edit',
    version,
    values,
    slot,
    refusal: result.reason,
    alternatives: alternatives?.map((o) => ({ helpPointId: o.helpPointId, helpPointName: o.helpPointName, startsAt: o.startsAt.toISOString(), seatsLeft: o.seatsLeft })),
  };
}
