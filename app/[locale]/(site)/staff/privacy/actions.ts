'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { findPersonData } from '@/db/queries/person-data';
import { deletePersonData, type Removed } from '@/app/_services/privacy/delete-person-data';
import type { Locale } from '@/i18n/routing';
import { formatDate, formatWhen } from '@/lib/dates';
import { fieldErrors } from '@/lib/field-errors';
import { formOf, nextVersion, postedValues } from '@/lib/form-fields';
import { formatPhone } from '@/lib/phone';
import { PERSON_FIELDS, personDeleteSchema, personSearchSchema } from '@/lib/staff/person-data-schema';
import { requireStaff, type Staff } from '@/app/_services/staff/session';

/** One record that holds the person's data, as the page lists it. */
export type FoundRecord = { id: number; fullName: string; phone: string; when: string; place: string; cancels?: boolean };
export type Found = Record<'bookings' | 'waitlist' | 'outcomes' | 'people', FoundRecord[]>;

export type PrivacyState = { version: number; values: Record<string, string>; errors?: Record<string, string>; found?: Found; removed?: Removed };

async function find(staff: Staff, person: { phone?: string; fullName?: string }, locale: Locale): Promise<Found> {
  const data = await findPersonData((await getDatabase()).db, staff.scope, person);
  const phone = (value: string | null) => (value ? formatPhone(value) : '');
  const now = new Date();
  return {
    bookings: data.bookings.map(({ booking, helpPointName }) => ({
      id: booking.id,
      fullName: booking.fullName,
      phone: phone(booking.phone),
      when: formatWhen(booking.startsAt, locale, 'dayShort'),
      place: `${helpPointName} · ${booking.code}`,
      cancels: (booking.status === 'pending' || booking.status === 'confirmed') && booking.startsAt > now,
    })),
    waitlist: data.waitlist.map(({ entry, helpPointName }) => ({ id: entry.id, fullName: entry.fullName, phone: phone(entry.phone), when: formatDate(entry.day, locale), place: helpPointName })),
    outcomes: data.outcomes.map(({ outcome, hamletName }) => ({ id: outcome.id, fullName: outcome.fullName, phone: phone(outcome.phone), when: formatWhen(outcome.createdAt, locale, 'dayShort'), place: hamletName })),
    people: data.people.map(({ person, hamletName }) => ({ id: person.id, fullName: person.fullName, phone: phone(person.phone), when: person.birthYear ? String(person.birthYear) : '', place: hamletName })),
  };
}

/**
 * "Tìm" lists what a person's request would remove; "Xóa dữ liệu" removes it,
 * found again in the same transaction with the same phone and name.
 */
export async function privacyAction(previous: PrivacyState, formData: FormData): Promise<PrivacyState> {
  formData = formOf(formData);
  const staff = await requireStaff('supervisor');
  const locale = (await getLocale()) as Locale;
  const version = nextVersion(previous);
  const values = postedValues(formData, PERSON_FIELDS);
  const search = personSearchSchema.safeParse(values);
  if (!search.success) return { version, values, errors: fieldErrors(search.error) };
  if (values.intent !== 'delete') return { version, values, found: await find(staff, search.data, locale) };

  const parsed = personDeleteSchema.safeParse(values);
  if (!parsed.success) return { version, values, errors: fieldErrors(parsed.error), found: await find(staff, search.data, locale) };
  const { note, ...person } = parsed.data;
  const result = await deletePersonData((await getDatabase()).db, staff.scope, staff.user, person, note);
  if (!result.ok) return { version, values, errors: { form: result.reason }, found: await find(staff, person, locale) };
  return { version, values: {}, removed: result.removed };
}
