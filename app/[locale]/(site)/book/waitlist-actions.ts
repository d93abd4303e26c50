'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { getHelpPoint } from '@/db/queries/help-points';
import { joinWaitlist } from '@/db/queries/waitlist';
import { waitlistFormSchema } from '@/lib/booking/schema';
import { normalizePhone } from '@/lib/phone';
import { fieldErrors } from '@/lib/field-errors';
import { formOf, nextVersion, sentValues } from '@/lib/form-fields';

export type WaitlistState = { version: number; values: Record<string, string>; errors?: Record<string, string> };

const FIELDS = ['helpPointId', 'day', 'fullName', 'phone', 'people', 'need', 'consent'] as const;

export async function joinWaitlistAction(previous: WaitlistState, formData: FormData): Promise<WaitlistState> {
  formData = formOf(formData);
  const version = nextVersion(previous);
  const values: Record<string, string> = sentValues(formData, FIELDS);
  const parsed = waitlistFormSchema.safeParse(values);
  if (!parsed.success) return { version, values, errors: fieldErrors(parsed.error) };
  const { db } = await getDatabase();
  const found = await getHelpPoint(db, parsed.data.helpPointId);
  if (!found) return { version, values, errors: { helpPointId: 'slot' } };
  const locale = (await getLocale()) as Locale;
  await joinWaitlist(db, {
    helpPointId: parsed.data.helpPointId,
    day: parsed.data.day,
    fullName: parsed.data.fullName,
    phone: normalizePhone(parsed.data.phone)!,
    people: parsed.data.people,
    need: parsed.data.need,
    locale,
  });
  // Back to the day, which now says so where the form was: also without JavaScript, where the page would reload at its top.
  const query = new URLSearchParams({ ward: found.wardCode, hamlet: String(found.helpPoint.hamletId), point: String(found.helpPoint.id), day: parsed.data.day, need: parsed.data.need, joined: '1' });
  return redirect({ href: `/book?${query}#waitlist`, locale });
}
