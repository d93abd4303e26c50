'use client';

import { useActionState } from 'react';
import { Checkbox, ErrorSummary, SelectField, TextArea, TextField } from '../book/_components/fields';
import { type ReportState, sendReport } from './actions';

type Option = { value: string; label: string };
export type ReportText = {
  fields: Record<'hamlet' | 'fullName' | 'phone' | 'phoneHint' | 'step' | 'blocker' | 'note' | 'consentTitle' | 'consent', string>;
  errors: Record<string, string>;
  errorSummary: string;
  send: string;
  sent: string;
};

type Props = { text: ReportText; hamlets: Option[]; steps: Option[]; blockers: Option[]; initial: Record<string, string> };

/** The citizen's report: plain form first, kept values and field errors after every post. */
export function ReportForm({ text, hamlets, steps, blockers, initial }: Props) {
  const [state, action, pending] = useActionState<ReportState, FormData>(sendReport, { version: 0, values: initial });
  if (state.sentTo) {
    return (
      <p className="notice notice-success" role="status">
        {text.sent.replace('{hamlet}', hamlets.find((h) => h.value === String(state.sentTo))?.label ?? '')}
      </p>
    );
  }
  const error = (name: string) => (state.errors?.[name] ? text.errors[state.errors[name]] : undefined);
  const shown = Object.keys(state.errors ?? {}).map((name) => [name, error(name)!] as [string, string]);
  const v = state.values;
  return (
    <form key={state.version} action={action} noValidate>
      <ErrorSummary title={text.errorSummary} errors={shown} />
      <SelectField name="hamletId" label={text.fields.hamlet} defaultValue={v.hamletId} error={error('hamletId')} options={[{ value: '', label: '—' }, ...hamlets]} />
      <TextField name="fullName" label={text.fields.fullName} autoComplete="name" defaultValue={v.fullName} error={error('fullName')} />
      <TextField name="phone" label={text.fields.phone} hint={text.fields.phoneHint} type="tel" inputMode="tel" autoComplete="tel" defaultValue={v.phone} error={error('phone')} />
      <SelectField name="step" label={text.fields.step} defaultValue={v.step} error={error('step')} options={[{ value: '', label: '—' }, ...steps]} />
      <SelectField name="blocker" label={text.fields.blocker} defaultValue={v.blocker} error={error('blocker')} options={[{ value: '', label: '—' }, ...blockers]} />
      <TextArea name="note" label={text.fields.note} maxLength={300} defaultValue={v.note} error={error('note')} />
      <fieldset className="consent">
        <legend>{text.fields.consentTitle}</legend>
        <Checkbox name="consent" label={text.fields.consent} defaultChecked={v.consent === 'on'} error={error('consent')} />
      </fieldset>
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {text.send}
      </button>
    </form>
  );
}
