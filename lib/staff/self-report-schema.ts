import { z } from 'zod';
import { recordIdField } from '../record-id';
import { oneLine, optionalField } from '../form-fields';
import type { GuideSlug } from '../guides/catalog';
import { normalizePhone } from '../phone';
import { OUTCOME_BLOCKERS, OUTCOME_STEPS, type OutcomeStep } from './outcome-values';
import { fullNameField } from '../full-name';

/**
 * A citizen's own report after a guide: where they live, who they are, what
 * they got done or what stopped them, and their consent. Error messages are
 * keys into Report.errors.
 */
export const selfReportFormSchema = z
  .object({
    hamletId: recordIdField('hamlet'),
    fullName: fullNameField(),
    phone: optionalField(oneLine(z.string().trim()).refine((value) => normalizePhone(value) !== null, 'phoneInvalid')),
    step: optionalField(z.enum(OUTCOME_STEPS, { error: 'choice' })),
    blocker: optionalField(z.enum(OUTCOME_BLOCKERS, { error: 'choice' })),
    note: z.string().trim().max(300, 'tooLong').default(''),
    consent: z.custom<'on'>((value) => value === 'on', 'consent'),
  })
  .refine((r) => r.step || r.blocker, { path: ['step'], message: 'resultRequired' });

export type SelfReportForm = z.output<typeof selfReportFormSchema>;
export const SELF_REPORT_FIELDS = ['hamletId', 'fullName', 'phone', 'step', 'blocker', 'note', 'consent'] as const;

/** The step a guide leads to, offered first on the report form. */
export const GUIDE_STEP: Partial<Record<GuideSlug, OutcomeStep>> = {
  'install-app': 'app-installed',
  'register-level-1': 'level-1-submitted',
  'level-2': 'level-2-submitted',
  activate: 'activated',
  'public-services': 'portal-login',
};
