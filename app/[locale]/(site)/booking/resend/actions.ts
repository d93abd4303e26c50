'use server';

import { headers } from 'next/headers';
import { getDatabase } from '@/db/client';
import { allowHit } from '@/db/queries/rate-limits';
import { resendBookingLinks } from '@/db/queries/resend-links';
import { RESEND_FIELDS, resendFormSchema } from '@/lib/booking/resend-schema';
import { fieldErrors } from '@/lib/field-errors';
import { formOf, nextVersion, postedValues } from '@/lib/form-fields';
import { clientAddress } from '@/lib/http/client-address';

const RESENDS_PER_MINUTE = 5;

export type ResendState = { version: number; values: Record<string, string>; errors?: Record<string, string>; done?: true };

/**
 * Texts the links to a phone number's upcoming bookings. The answer never
 * tells whether the number has bookings or was asked for within its window;
 * only the per-address limit is shown, because it is about the asker.
 */
export async function resendLinks(previous: ResendState, formData: FormData): Promise<ResendState> {
  formData = formOf(formData);
  const version = nextVersion(previous);
  const values = postedValues(formData, RESEND_FIELDS);
  const parsed = resendFormSchema.safeParse(values);
  if (!parsed.success) return { version, values, errors: fieldErrors(parsed.error) };
  const { db } = await getDatabase();
  if (!(await allowHit(db, `resend-address:${clientAddress(await headers())}`, RESENDS_PER_MINUTE))) {
    return { version, values, errors: { form: 'rateLimited' } };
  }
  await resendBookingLinks(db, parsed.data.phone);
  return { version, values: {}, done: true };
}
