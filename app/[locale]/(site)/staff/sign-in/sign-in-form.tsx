'use client';

import { useActionState } from 'react';
import type { SignInState } from '@/lib/staff/authenticate';
import { signIn } from './actions';

type Text = { login: string; password: string; submit: string; errors: Record<string, string> };

type Props = { text: Text; action?: (previous: SignInState, data: FormData) => Promise<SignInState> };

export function SignInForm({ text, action: signInAction = signIn }: Props) {
  const [state, action, pending] = useActionState(signInAction, { login: '' });
  const error = state.error && text.errors[state.error].replace('{minutes}', String(state.minutes ?? 15));
  return (
    <form action={action} className="narrow-form">
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="login">{text.login}</label>
        <input id="login" name="login" autoComplete="username" required defaultValue={state.login} />
      </div>
      <div className="field">
        <label htmlFor="password">{text.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}
