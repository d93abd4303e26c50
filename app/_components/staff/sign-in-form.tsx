'use client';

import type { SignInState } from '@/app/_services/staff/authenticate';
import { refusalText } from '@/lib/staff/sign-in-delay';
import { FormStatus } from '@/app/_components/form-status';
import { OfflineNotice } from '@/app/_components/forms/offline-notice';
import { useSubmission } from '@/app/_components/forms/use-submission';

type Text = { login: string; password: string; submit: string; offline: string; errors: Record<string, string> };

type Props = { text: Text; action: (previous: SignInState, data: FormData) => Promise<SignInState> };

export function SignInForm({ text, action }: Props) {
  const { state, formAction, onSubmit, pending, notSent } = useSubmission<SignInState>(action, { login: '' });
  const error = state.error && refusalText(text.errors[state.error], state.retryAt);
  return (
    <form action={formAction} onSubmit={onSubmit} className="narrow-form">
      <div className="field">
        <label htmlFor="login">{text.login}</label>
        <input id="login" name="login" autoComplete="username" required defaultValue={state.login} />
      </div>
      <div className="field">
        <label htmlFor="password">{text.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <OfflineNotice text={text.offline} count={notSent} />
      {error && (
        <FormStatus tone="error" answer={state}>
          {error}
        </FormStatus>
      )}
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {text.submit}
      </button>
    </form>
  );
}
