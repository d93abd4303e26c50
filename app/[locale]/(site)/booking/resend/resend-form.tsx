'use client';

import { resendFormSchema } from '@/lib/booking/resend-schema';
import { ErrorSummary, TextField } from '@/app/_components/forms/fields';
import { useEnhancedForm } from '@/app/_components/forms/use-enhanced-form';
import { type ResendState, resendLinks } from './actions';
import { OfflineNotice } from '@/app/_components/forms/offline-notice';
import { useSubmission } from '@/app/_components/forms/use-submission';

export type ResendText = { phone: string; phoneHint: string; send: string; sent: string; offline: string; errorSummary: string; errors: Record<string, string> };

/** The phone number, posted as a plain form and checked as you type where JavaScript runs. */
export function ResendForm({ text }: { text: ResendText }) {
  const { state, formAction, submit, pending, notSent } = useSubmission<ResendState>(resendLinks, { version: 0, values: {} });
  if (state.done) {
    return (
      <p className="notice notice-success" role="status">
        {text.sent}
      </p>
    );
  }
  return (
    <ResendFields key={state.version} state={state} formAction={formAction} submit={submit} pending={pending} notSent={notSent} text={text} />
  );
}

type FieldsProps = { state: ResendState; formAction: (data: FormData) => void; submit: (data: FormData) => void; pending: boolean; notSent: number; text: ResendText };

function ResendFields({ state, formAction, submit, pending, notSent, text }: FieldsProps) {
  const { field, errorKey, onSubmit } = useEnhancedForm(resendFormSchema, state.values, state.errors, submit);
  const error = (name: string) => {
    const key = errorKey(name);
    return key ? text.errors[key] : undefined;
  };
  const phoneError = error('phone');
  const formError = error('form');
  return (
    <form action={formAction} noValidate onSubmit={onSubmit}>
      <ErrorSummary title={text.errorSummary} errors={phoneError ? [['phone', phoneError]] : []} />
      {formError && (
        <p className="notice notice-error" role="alert">
          {formError}
        </p>
      )}
      <TextField label={text.phone} hint={text.phoneHint} type="tel" inputMode="tel" autoComplete="tel" error={phoneError} {...field('phone')} />
      <OfflineNotice text={text.offline} count={notSent} />
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {text.send}
      </button>
    </form>
  );
}
