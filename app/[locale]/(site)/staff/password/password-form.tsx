'use client';

import { FormStatus } from '@/app/_components/form-status';
import { useActionState } from 'react';
import { refusalText } from '@/lib/staff/sign-in-delay';
import { changePassword } from './actions';

type Text = { current: string; next: string; save: string; done: string; errors: Record<string, string> };

export function PasswordForm({ text }: { text: Text }) {
  const [state, action, pending] = useActionState(changePassword, {});
  return (
    <form action={action}>
      <div className="field">
        <label htmlFor="current">{text.current}</label>
        <input id="current" name="current" type="password" autoComplete="current-password" required />
      </div>
      <div className="field">
        <label htmlFor="next">{text.next}</label>
        <input id="next" name="next" type="password" autoComplete="new-password" minLength={10} required />
      </div>
      {state.done && (
        <FormStatus tone="success" answer={state}>
          {text.done}
        </FormStatus>
      )}
      {state.error && (
        <FormStatus tone="error" answer={state}>
          {refusalText(text.errors[state.error], state.retryAt)}
        </FormStatus>
      )}
      <button type="submit" className="button button-primary" disabled={pending}>{text.save}</button>
    </form>
  );
}
