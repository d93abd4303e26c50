'use client';

import { useActionState } from 'react';
import { refusalText } from '@/lib/staff/sign-in-delay';
import { changePassword } from './actions';

type Text = { current: string; next: string; save: string; done: string; errors: Record<string, string> };

export function PasswordForm({ text }: { text: Text }) {
  const [state, action, pending] = useActionState(changePassword, {});
  return (
    <form action={action}>
      {state.done && <p className="notice notice-success" role="status">{text.done}</p>}
      {state.error && <p className="notice notice-error" role="alert">{refusalText(text.errors[state.error], state.retryAt)}</p>}
      <div className="field">
        <label htmlFor="current">{text.current}</label>
        <input id="current" name="current" type="password" autoComplete="current-password" required />
      </div>
      <div className="field">
        <label htmlFor="next">{text.next}</label>
        <input id="next" name="next" type="password" autoComplete="new-password" minLength={10} required />
      </div>
      <button type="submit" className="button button-primary" disabled={pending}>{text.save}</button>
    </form>
  );
}
