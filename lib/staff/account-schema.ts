import { z } from 'zod';
import { recordIdField } from '../record-id';
import { STAFF_ROLES } from '@/lib/staff/roles';
import { asList, oneLine, optionalField } from '../form-fields';
import { normalizePhone } from '../phone';
import { fullNameField } from '../full-name';

/** The same rule as `npm run staff:create`: what people can type as a sign-in name. */
export const USERNAME = /^[a-z0-9][a-z0-9._-]{2,39}$/;

const fields = {
  displayName: fullNameField(),
  phone: optionalField(oneLine(z.string().trim()).transform((value, ctx) => normalizePhone(value) ?? (ctx.addIssue({ code: 'custom', message: 'phoneInvalid' }), z.NEVER))),
  role: z.enum(STAFF_ROLES, { error: 'choice' }),
  wardId: optionalField(recordIdField('wardRequired')),
  hamletIds: z.preprocess(asList, z.array(recordIdField('choice')).max(200, 'choice')),
};

type Fields = z.output<z.ZodObject<typeof fields>>;

/**
 * A supervisor's area is a ward, a member's one or more hamlets, an admin's
 * the whole area; what does not belong to the chosen role is dropped.
 */
function area<T extends Fields>(account: T, ctx: z.RefinementCtx) {
  if (account.role === 'supervisor' && !account.wardId) ctx.addIssue({ code: 'custom', path: ['wardId'], message: 'wardRequired' });
  if (account.role === 'member' && account.hamletIds.length === 0) ctx.addIssue({ code: 'custom', path: ['hamletIds'], message: 'hamletsRequired' });
}

const byRole = <T extends Fields>(account: T) => ({
  ...account,
  phone: account.phone ?? null,
  wardId: account.role === 'supervisor' ? account.wardId! : null,
  hamletIds: account.role === 'member' ? [...new Set(account.hamletIds)] : [],
});

/** An account as an admin edits it. Error messages are keys into StaffAccounts.errors. */
export const accountSchema = z.object(fields).superRefine(area).transform(byRole);

/** A new account: the same, plus the sign-in name, which never changes afterwards. */
export const newAccountSchema = z
  .object({ ...fields, username: z.string({ error: 'usernameInvalid' }).trim().toLowerCase().regex(USERNAME, 'usernameInvalid') })
  .superRefine(area)
  .transform(byRole);

export type AccountInput = z.output<typeof accountSchema>;
export type NewAccountInput = z.output<typeof newAccountSchema>;
