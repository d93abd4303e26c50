'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ALL_ELIGIBLE, TARGET_FIELDS, targetFormSchema } from '@/lib/campaign/target-schema';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { Checkbox, ErrorSummary, SelectField, TextField } from '@/app/_components/forms/fields';
import { useEnhancedForm } from '@/app/_components/forms/use-enhanced-form';
import { saveTargetAction } from './actions';

type Props = { id?: number; initial: Record<string, string> };

/** One target's group, share and window, checked as you type and again on the server. */
export function TargetForm({ id, initial }: Props) {
  const t = useTranslations('StaffCampaign.targetsPage');
  const groups = useTranslations('Staff.outcome.groups');
  const all = useTranslations('StaffCampaign.targets');
  const [state, formAction, pending] = useActionState(saveTargetAction, { version: 0, values: initial });
  const { field, checkbox, errorKey, onSubmit } = useEnhancedForm(targetFormSchema, state.values, state.errors, formAction);
  const error = (name: string) => {
    const key = errorKey(name);
    return key ? t(`errors.${key}` as 'errors.group', state.step ?? {}) : undefined;
  };
  const shown = TARGET_FIELDS.flatMap((name) => (error(name) ? [[name, error(name)!] as [string, string]] : []));
  const options = [...TARGET_GROUPS.map((g) => ({ value: g, label: groups(g) })), { value: ALL_ELIGIBLE, label: all('allEligible') }];

  return (
    <form key={state.version} action={formAction} noValidate onSubmit={onSubmit}>
      <ErrorSummary title={t('errorSummary')} errors={shown} />
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      <SelectField label={t('group')} options={options} error={error('group')} {...field('group')} />
      <TextField label={t('percent')} hint={t('percentHint')} type="number" inputMode="numeric" min={1} max={100} error={error('percent')} {...field('percent')} />
      <TextField label={t('startsOn')} type="date" error={error('startsOn')} {...field('startsOn')} />
      <TextField label={t('dueOn')} type="date" error={error('dueOn')} {...field('dueOn')} />
      <Checkbox label={t('encouraged')} error={error('encouraged')} {...checkbox('encouraged')} />
      <button type="submit" className="button button-primary" disabled={pending}>
        {id === undefined ? t('create') : t('save')}
      </button>
    </form>
  );
}
