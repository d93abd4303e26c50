'use client';

import { useActionState } from 'react';
import { NEXT_ACTIONS, OUTCOME_BLOCKERS, OUTCOME_CASES, OUTCOME_STEPS, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { Checkbox, ErrorSummary, SelectField, TextArea, TextField } from '../../book/_components/fields';
import { saveOutcome } from '../outcome-actions';

type Labels = Record<string, string>;
export type OutcomeText = {
  fields: Labels;
  cases: Labels;
  steps: Labels;
  blockers: Labels;
  groups: Labels;
  nextActions: Labels;
  errors: Labels;
  none: string;
  save: string;
  saved: string;
  errorSummary: string;
};

type Props = { text: OutcomeText; hamlets: { id: number; name: string }[]; initial: Record<string, string> };

const options = (values: readonly string[], labels: Labels, none?: string) => [
  ...(none ? [{ value: '', label: none }] : []),
  ...values.map((value) => ({ value, label: labels[value] })),
];

/** One phone-sized form for what a person achieved, what blocked them and what comes next. */
export function OutcomeForm({ text, hamlets, initial }: Props) {
  const [state, action, pending] = useActionState(saveOutcome, { version: 0, values: initial });
  const v = state.values;
  const error = (name: string) => (state.errors?.[name] ? text.errors[state.errors[name]] ?? state.errors[name] : undefined);
  const shown = Object.keys(state.errors ?? {}).map((name) => [name, error(name)!] as [string, string]);
  const value = (name: string) => (typeof v[name] === 'string' ? (v[name] as string) : '');

  return (
    <form key={state.version} action={action} noValidate>
      {state.saved && <p className="notice notice-success" role="status">{text.saved}</p>}
      <ErrorSummary title={text.errorSummary} errors={shown} />
      <input type="hidden" name="bookingId" value={value('bookingId')} />
      {hamlets.length === 1 ? (
        <input type="hidden" name="hamletId" value={String(hamlets[0].id)} />
      ) : (
        <SelectField name="hamletId" label={text.fields.hamlet} error={error('hamletId')} defaultValue={value('hamletId')} options={[{ value: '', label: text.none }, ...hamlets.map((h) => ({ value: String(h.id), label: h.name }))]} />
      )}
      <TextField name="fullName" label={text.fields.fullName} autoComplete="off" defaultValue={value('fullName')} error={error('fullName')} />
      <TextField name="phone" label={text.fields.phone} type="tel" inputMode="tel" defaultValue={value('phone')} error={error('phone')} />
      <TextField name="householdNote" label={text.fields.householdNote} defaultValue={value('householdNote')} error={error('householdNote')} />
      <SelectField name="case" label={text.fields.case} defaultValue={value('case')} error={error('case')} options={options(OUTCOME_CASES, text.cases, text.none)} />
      <fieldset className="checkbox-group">
        <legend>{text.fields.steps}</legend>
        {OUTCOME_STEPS.map((step) => (
          <Checkbox key={step} name="steps" id={`step-${step}`} value={step} label={text.steps[step]} defaultChecked={(v.steps as string[] | undefined)?.includes(step)} />
        ))}
      </fieldset>
      <SelectField name="blocker" label={text.fields.blocker} defaultValue={value('blocker')} error={error('blocker')} options={options(OUTCOME_BLOCKERS, text.blockers, text.none)} />
      <TextArea name="blockerNote" label={text.fields.blockerNote} defaultValue={value('blockerNote')} error={error('blockerNote')} />
      <SelectField name="targetGroup" label={text.fields.targetGroup} defaultValue={value('targetGroup') || 'other-citizen'} error={error('targetGroup')} options={options(TARGET_GROUPS, text.groups)} />
      <SelectField name="nextAction" label={text.fields.nextAction} defaultValue={value('nextAction')} error={error('nextAction')} options={options(NEXT_ACTIONS, text.nextActions, text.none)} />
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {text.save}
      </button>
    </form>
  );
}
