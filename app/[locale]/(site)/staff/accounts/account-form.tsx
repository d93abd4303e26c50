'use client';

import { FormStatus } from '@/app/_components/form-status';
import NextLink from 'next/link';
import { useActionState } from 'react';
import type { StaffRole } from '@/lib/staff/roles';
import { Checkbox, ErrorSummary, SelectField, TextField } from '@/app/_components/forms/fields';
import { type AccountFormState, createAccountAction, updateAccountAction } from './actions';
import styles from './accounts.module.css';

type Labels = Record<string, string>;
export type AccountText = {
  fields: Labels;
  roles: Labels;
  errors: Labels;
  chooseWard: string;
  submit: string;
  saved: string;
  errorSummary: string;
  created: { title: string; password: string; note: string; open: string; list: string };
};

type Ward = { id: number; name: string; hamlets: { id: number; name: string }[] };
/** `roles`: the roles the signed-in user may give (a ward supervisor: members only); `wards`: the places they may give. */
type Props = { text: AccountText; roles: readonly StaffRole[]; wards: Ward[]; initial: AccountFormState['values'] };

/** What an account needs at its creation: all of the fields, including the sign-in name. */
export function NewAccountForm(props: Props & { listPath: string }) {
  const [state, action, pending] = useActionState(createAccountAction, { version: 0, values: props.initial });
  const { created } = state;
  if (!created) return <AccountFields {...props} state={state} action={action} pending={pending} create />;
  const { text, listPath } = props;
  return (
    <>
      <div className="notice notice-success" role="status">
        <h2>{text.created.title.replace('{username}', created.username)}</h2>
        <p>
          {text.created.password}: <strong className={styles.oneTimePassword}>{created.password}</strong>
        </p>
        <p>{text.created.note}</p>
      </div>
      <div className="back-links">
        <NextLink href={`${listPath}/${created.id}`} className="button button-primary">{text.created.open}</NextLink>
        <NextLink href={listPath} className="button">{text.created.list}</NextLink>
      </div>
    </>
  );
}

export function EditAccountForm(props: Props) {
  const [state, action, pending] = useActionState(updateAccountAction, { version: 0, values: props.initial });
  return <AccountFields {...props} state={state} action={action} pending={pending} />;
}

type FieldsProps = Props & { state: AccountFormState; action: (formData: FormData) => void; pending: boolean; create?: boolean };

/** One form for creating and editing; without JavaScript, CSS shows only the area fields of the chosen role. */
function AccountFields({ text, roles, wards, state, action, pending, create }: FieldsProps) {
  const v = state.values;
  const value = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : '');
  const error = (name: string) => (state.errors?.[name] ? (text.errors[state.errors[name]] ?? state.errors[name]) : undefined);
  const shown = Object.keys(state.errors ?? {}).map((name) => [name, error(name)!] as [string, string]);
  const checked = new Set(Array.isArray(v.hamletIds) ? v.hamletIds : []);

  return (
    <form key={state.version} action={action} className={styles.form} noValidate>
      <ErrorSummary title={text.errorSummary} errors={shown} />
      <input type="hidden" name="id" value={value('id')} />
      {create && (
        <TextField name="username" label={text.fields.username} hint={text.fields.usernameHint} defaultValue={value('username')} error={error('username')} autoComplete="off" autoCapitalize="none" spellCheck={false} />
      )}
      <TextField name="displayName" label={text.fields.displayName} hint={text.fields.displayNameHint} defaultValue={value('displayName')} error={error('displayName')} autoComplete="off" />
      <TextField name="phone" label={text.fields.phone} hint={text.fields.phoneHint} type="tel" inputMode="tel" defaultValue={value('phone')} error={error('phone')} autoComplete="off" />
      {roles.length === 1 ? (
        <input type="hidden" name="role" value={roles[0]} />
      ) : (
        <SelectField name="role" label={text.fields.role} defaultValue={value('role') || 'member'} error={error('role')} options={roles.map((role) => ({ value: role, label: text.roles[role] }))} />
      )}
      {roles.includes('supervisor') && (
        <div className={styles.forSupervisor}>
          <SelectField name="wardId" label={text.fields.ward} defaultValue={value('wardId')} error={error('wardId')} options={[{ value: '', label: text.chooseWard }, ...wards.map((w) => ({ value: String(w.id), label: w.name }))]} />
        </div>
      )}
      <fieldset id="hamletIds" className={`checkbox-group ${styles.forMember}${error('hamletIds') ? ' has-error' : ''}`} aria-describedby="hamletIds-hint">
        <legend>{text.fields.hamlets}</legend>
        <p id="hamletIds-hint" className="hint">{text.fields.hamletsHint}</p>
        {error('hamletIds') && <p className="error-message">{error('hamletIds')}</p>}
        {wards.map((ward) => (
          <details key={ward.id} className={styles.areaGroup} open={wards.length === 1 || ward.hamlets.some((h) => checked.has(String(h.id)))}>
            <summary>{ward.name}</summary>
            {ward.hamlets.map((h) => (
              <Checkbox key={h.id} name="hamletIds" id={`hamlet-${h.id}`} value={String(h.id)} label={h.name} defaultChecked={checked.has(String(h.id))} />
            ))}
          </details>
        ))}
      </fieldset>
      {state.saved && (
        <FormStatus tone="success" answer={state.version}>
          {text.saved}
        </FormStatus>
      )}
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}
