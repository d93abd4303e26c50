'use client';

import { FormStatus } from '@/app/_components/form-status';
import { startTransition, useActionState, useState } from 'react';
import { postedValues } from '@/lib/form-fields';
import { OUTCOME_SINGLE_FIELDS, outcomeFormSchema, valuesAfterSave } from '@/lib/staff/outcome-schema';
import { NEXT_ACTIONS, OUTCOME_BLOCKERS, OUTCOME_CASES, OUTCOME_STEPS, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { Checkbox, ErrorSummary, SelectField, TextArea, TextField } from '@/app/_components/forms/fields';
import { useEnhancedForm } from '@/app/_components/forms/use-enhanced-form';
import { type OutcomeState, saveOutcome } from '../outcome-actions';
import { useOfflineQueue } from './offline-queue';

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
  savedOnDevice: string;
  errorSummary: string;
};

type Props = { text: OutcomeText; hamlets: { id: number; name: string }[]; initial: Record<string, string> };

const options = (values: readonly string[], labels: Labels, none?: string) => [
  ...(none ? [{ value: '', label: none }] : []),
  ...values.map((value) => ({ value, label: labels[value] })),
];

type Shown = OutcomeState & { onDevice?: boolean };

/**
 * One phone-sized form for what a person achieved, what blocked them and what
 * comes next: a plain form that keeps values after every post, checked as you
 * type where JavaScript runs. After a save it starts empty for the next person.
 * Where JavaScript runs, a save goes into the device's queue (so it is kept
 * with no signal too) and is sent from there at once.
 */
export function OutcomeForm({ text, hamlets, initial }: Props) {
  const [state, action, pending] = useActionState<OutcomeState, FormData>(saveOutcome, { version: 0, values: initial });
  const queue = useOfflineQueue();
  const [queued, setQueued] = useState<Shown | null>(null);
  const [adding, setAdding] = useState(false);

  async function addToQueue(data: FormData) {
    const values = postedValues(data, OUTCOME_SINGLE_FIELDS, ['steps']);
    setAdding(true);
    try {
      const result = await queue!.add('outcome', values, values.fullName.trim());
      setQueued((previous) => ({ version: (previous?.version ?? 0) + 1, values: valuesAfterSave(values), saved: result !== 'refused', onDevice: result === 'waiting' }));
    } catch {
      // A browser without storage for the site still has the server.
      startTransition(() => action(data));
    } finally {
      setAdding(false);
    }
  }

  const shown = queued ?? state;
  const submit = queue?.userId ? addToQueue : action;
  return <OutcomeFields key={shown.version} state={shown} action={action} submit={submit} queued={submit !== action} pending={pending || adding} text={text} hamlets={hamlets} />;
}

type FieldsProps = Omit<Props, 'initial'> & { state: Shown; action: (data: FormData) => void; submit: (data: FormData) => void; queued: boolean; pending: boolean };

function OutcomeFields({ state, action, submit, queued, pending, text, hamlets }: FieldsProps) {
  const { field, listBox, errorKey, onSubmit } = useEnhancedForm(outcomeFormSchema, state.values, state.errors, submit);
  const error = (name: string) => {
    const key = errorKey(name);
    return key ? (text.errors[key] ?? key) : undefined;
  };
  const shown = [...OUTCOME_SINGLE_FIELDS, 'steps', 'form'].flatMap((name) => (error(name) ? [[name, error(name)!] as [string, string]] : []));

  return (
    <form action={action} noValidate onSubmit={onSubmit} data-offline-queue={queued ? '' : undefined}>
      <ErrorSummary title={text.errorSummary} errors={shown} />
      <input type="hidden" {...field('bookingId')} />
      <input type="hidden" {...field('personId')} />
      {hamlets.length === 1 ? (
        <input type="hidden" {...field('hamletId')} />
      ) : (
        <SelectField label={text.fields.hamlet} error={error('hamletId')} options={[{ value: '', label: text.none }, ...hamlets.map((h) => ({ value: String(h.id), label: h.name }))]} {...field('hamletId')} />
      )}
      <TextField label={text.fields.fullName} autoComplete="off" error={error('fullName')} {...field('fullName')} />
      <TextField label={text.fields.phone} type="tel" inputMode="tel" error={error('phone')} {...field('phone')} />
      <TextField label={text.fields.householdNote} error={error('householdNote')} {...field('householdNote')} />
      <SelectField label={text.fields.case} error={error('case')} options={options(OUTCOME_CASES, text.cases, text.none)} {...field('case')} />
      <fieldset className="checkbox-group">
        <legend>{text.fields.steps}</legend>
        {OUTCOME_STEPS.map((step) => (
          <Checkbox key={step} id={`step-${step}`} label={text.steps[step]} {...listBox('steps', step)} />
        ))}
      </fieldset>
      <SelectField label={text.fields.blocker} error={error('blocker')} options={options(OUTCOME_BLOCKERS, text.blockers, text.none)} {...field('blocker')} />
      <TextArea label={text.fields.blockerNote} error={error('blockerNote')} {...field('blockerNote')} />
      <SelectField label={text.fields.targetGroup} error={error('targetGroup')} options={options(TARGET_GROUPS, text.groups)} {...field('targetGroup')} />
      <SelectField label={text.fields.nextAction} error={error('nextAction')} options={options(NEXT_ACTIONS, text.nextActions, text.none)} {...field('nextAction')} />
      {state.saved && (
        <FormStatus tone="success" answer={state.version}>
          {state.onDevice ? text.savedOnDevice : text.saved}
        </FormStatus>
      )}
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {text.save}
      </button>
    </form>
  );
}
