'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { HELP_POINT_FIELDS, helpPointFormSchema } from '@/lib/staff/help-point-schema';
import { Checkbox, ErrorSummary, TextArea, TextField } from '../../../book/_components/fields';
import { useEnhancedForm } from '../../../book/_components/use-enhanced-form';
import { saveHelpPoint } from './actions';

type Props = { id: number; day: string; initial: Record<string, string> };

/** A help point's details and slot rules, checked as you type and again on the server. */
export function HelpPointForm({ id, day, initial }: Props) {
  const t = useTranslations('StaffHelpPoints');
  const [state, formAction, pending] = useActionState(saveHelpPoint, { version: 0, values: initial });
  const { field, checkbox, errorKey, onSubmit } = useEnhancedForm(helpPointFormSchema, state.values, state.errors, formAction);
  const error = (name: string) => {
    const key = errorKey(name);
    return key ? t(`errors.${key}` as 'errors.name') : undefined;
  };
  const shown = HELP_POINT_FIELDS.flatMap((name) => (error(name) ? [[name, error(name)!] as [string, string]] : []));
  const refusal = state.refusal;

  return (
    <form key={state.version} action={formAction} noValidate onSubmit={onSubmit}>
      {refusal && (
        <p className="notice notice-error" role="alert">
          {refusal.reason === 'strands' ? t('errors.strands', { count: refusal.bookings }) : t(`errors.${refusal.reason}`)}
        </p>
      )}
      <ErrorSummary title={t('form.errorSummary')} errors={shown} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="day" value={day} />
      <TextField label={t('form.name')} autoComplete="off" error={error('name')} {...field('name')} />
      <TextField label={t('form.address')} autoComplete="off" error={error('address')} {...field('address')} />
      <TextField label={t('form.landmark')} autoComplete="off" error={error('landmark')} {...field('landmark')} />
      <TextField label={t('form.opensAt')} hint={t('form.timeHint')} type="time" error={error('opensAt')} {...field('opensAt')} />
      <TextField label={t('form.closesAt')} hint={t('form.timeHint')} type="time" error={error('closesAt')} {...field('closesAt')} />
      <TextField label={t('form.slotMinutes')} hint={t('form.slotMinutesHint')} type="number" inputMode="numeric" min={10} max={120} error={error('slotMinutes')} {...field('slotMinutes')} />
      <TextField label={t('form.seatsPerSlot')} hint={t('form.seatsPerSlotHint')} type="number" inputMode="numeric" min={1} max={20} error={error('seatsPerSlot')} {...field('seatsPerSlot')} />
      <TextField label={t('form.campaignStart')} type="date" error={error('campaignStart')} {...field('campaignStart')} />
      <TextField label={t('form.campaignEnd')} type="date" error={error('campaignEnd')} {...field('campaignEnd')} />
      <TextArea label={t('form.closedDays')} hint={t('form.closedDaysHint')} rows={4} error={error('closedDays')} {...field('closedDays')} />
      <Checkbox label={t('form.needsConfirmation')} error={error('needsConfirmation')} {...checkbox('needsConfirmation')} />
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {t('form.save')}
      </button>
    </form>
  );
}
