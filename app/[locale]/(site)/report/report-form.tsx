'use client';

import { SELF_REPORT_FIELDS, selfReportFormSchema } from '@/lib/staff/self-report-schema';
import { Checkbox, ErrorSummary, RadioGroup, SelectField, TextArea, TextField } from '@/app/_components/forms/fields';
import { useEnhancedForm } from '@/app/_components/forms/use-enhanced-form';
import { useSubmission } from '@/app/_components/forms/use-submission';
import { type ReportState, sendReport } from './actions';
import { OfflineNotice } from '@/app/_components/forms/offline-notice';
import { FULL_NAME_MAX } from '@/lib/full-name';

type Option = { value: string; label: string };
export type ReportText = {
  fields: Record<'hamlet' | 'fullName' | 'phone' | 'phoneHint' | 'step' | 'blocker' | 'note' | 'consentTitle' | 'consent', string>;
  errors: Record<string, string>;
  errorSummary: string;
  send: string;
  sent: string;
  offline: string;
};

type Props = { text: ReportText; hamlets: Option[]; steps: Option[]; blockers: Option[]; initial: Record<string, string> };

/**
 * The citizen's report: a plain form that keeps values and shows field errors
 * after every post, checked as you type where JavaScript runs.
 */
export function ReportForm({ text, hamlets, steps, blockers, initial }: Props) {
  const { state, formAction, submit, pending, notSent } = useSubmission<ReportState>(sendReport, { version: 0, values: initial });
  if (state.sentTo) {
    return (
      <p className="notice notice-success" role="status">
        {text.sent.replace('{hamlet}', hamlets.find((h) => h.value === String(state.sentTo))?.label ?? '')}
      </p>
    );
  }
  return (
    <ReportFields key={state.version} state={state} formAction={formAction} submit={submit} pending={pending} notSent={notSent} text={text} hamlets={hamlets} steps={steps} blockers={blockers} />
  );
}

type FieldsProps = Omit<Props, 'initial'> & { state: ReportState; formAction: (data: FormData) => void; submit: (data: FormData) => void; pending: boolean; notSent: number };

function ReportFields({ state, formAction, submit, pending, notSent, text, hamlets, steps, blockers }: FieldsProps) {
  const { field, checkbox, radio, errorKey, onSubmit } = useEnhancedForm(selfReportFormSchema, state.values, state.errors, submit);
  const error = (name: string) => {
    const key = errorKey(name);
    return key ? text.errors[key] : undefined;
  };
  const shown = [...SELF_REPORT_FIELDS, 'form'].flatMap((name) => (error(name) ? [[name, error(name)!] as [string, string]] : []));
  const none = { value: '', label: '—' };
  return (
    <form action={formAction} noValidate onSubmit={onSubmit}>
      <ErrorSummary title={text.errorSummary} errors={shown} />
      <SelectField label={text.fields.hamlet} error={error('hamletId')} options={[none, ...hamlets]} {...field('hamletId')} />
      <TextField label={text.fields.fullName} autoComplete="name" maxLength={FULL_NAME_MAX} error={error('fullName')} {...field('fullName')} />
      <TextField label={text.fields.phone} hint={text.fields.phoneHint} type="tel" inputMode="tel" autoComplete="tel" error={error('phone')} {...field('phone')} />
      <RadioGroup name="step" legend={text.fields.step} error={error('step')} options={steps} radio={(value) => radio('step', value)} />
      <RadioGroup name="blocker" legend={text.fields.blocker} error={error('blocker')} options={blockers} radio={(value) => radio('blocker', value)} />
      <TextArea label={text.fields.note} maxLength={300} error={error('note')} {...field('note')} />
      <fieldset className="consent">
        <legend>{text.fields.consentTitle}</legend>
        <Checkbox label={text.fields.consent} error={error('consent')} {...checkbox('consent')} />
      </fieldset>
      <OfflineNotice text={text.offline} count={notSent} />
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {text.send}
      </button>
    </form>
  );
}
