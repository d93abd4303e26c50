import { z } from 'zod';
import { oneLine } from './form-fields';

/** The most characters a person's name may have, in every form and its input's maxlength. */
export const FULL_NAME_MAX = 100;

/**
 * The one rule for a person's name wherever one is typed (booking, waitlist,
 * report, outcome, account, search): one line, 2 to 100 characters once
 * trimmed. The messages are keys into each form's errors.
 */
export const fullNameField = ({ tooShort = 'nameRequired', tooLong = 'nameTooLong' } = {}) =>
  oneLine(z.string({ error: tooShort }).trim().min(2, tooShort).max(FULL_NAME_MAX, tooLong));
