import { z } from 'zod';
import { oneLine, optionalField } from '../form-fields';
import { normalizePhone } from '../phone';
import { fullNameField } from '../full-name';

/**
 * Whose data a citizen asks to delete: a phone in any form booking accepts,
 * a full name, or both. Error messages are keys into StaffPrivacy.errors.
 */
export const personSearchSchema = z
  .object({
    phone: optionalField(oneLine(z.string().trim()).refine((value) => normalizePhone(value) !== null, 'phoneInvalid').transform((value) => normalizePhone(value)!)),
    fullName: optionalField(fullNameField({ tooShort: 'nameTooShort' })),
  })
  .refine((person) => person.phone || person.fullName, { path: ['form'], message: 'phoneOrName' });

/** The deletion itself also says how the request came, for the audit log. */
export const personDeleteSchema = personSearchSchema.and(z.object({ note: z.string().trim().min(5, 'noteRequired').max(300, 'noteTooLong') }));

export const PERSON_FIELDS = ['phone', 'fullName', 'note', 'intent'] as const;
