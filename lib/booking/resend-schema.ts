import { z } from 'zod';
import { oneLine } from '../form-fields';
import { normalizePhone } from '../phone';

/**
 * "Send my links again": only the phone number, shared by the browser and the
 * server action. Error messages are keys into Resend.errors.
 */
export const resendFormSchema = z.object({
  phone: oneLine(z.string({ error: 'phoneRequired' }).trim().min(1, 'phoneRequired'))
    .refine((value) => normalizePhone(value) !== null, 'phoneInvalid')
    .transform((value) => normalizePhone(value)!),
});

export const RESEND_FIELDS = ['phone'] as const;

/**
 * One text of new links per phone number in this many minutes, and a few a
 * day, so nobody can keep rotating someone's links or flood them with texts.
 */
export const RESEND_WINDOW_MINUTES = 15;
export const RESENDS_PER_DAY = 3;
