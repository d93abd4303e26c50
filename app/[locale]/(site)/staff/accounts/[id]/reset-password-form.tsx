'use client';

import { FormStatus } from '@/app/_components/form-status';
import { useActionState } from 'react';
import { resetPasswordAction } from '../actions';
import styles from '../accounts.module.css';

type Text = { submit: string; newPassword: string; note: string; errors: Record<string, string> };

/** Resets a password; the new one appears here once and nowhere else. */
export function ResetPasswordForm({ id, text }: { id: number; text: Text }) {
  const [state, action, pending] = useActionState(resetPasswordAction, {});
  return (
    <form action={action}>
      {state.password && (
        <div className="notice notice-success" role="status">
          <p>
            {text.newPassword}: <strong className={styles.oneTimePassword}>{state.password}</strong>
          </p>
          <p>{text.note}</p>
        </div>
      )}
      {state.error && (
        <FormStatus tone="error" answer={state}>
          {text.errors[state.error]}
        </FormStatus>
      )}
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button" disabled={pending}>{text.submit}</button>
    </form>
  );
}
