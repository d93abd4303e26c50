'use client';

import { FormStatus } from '@/app/_components/form-status';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { WEEK, weekdayFieldNames } from '@/lib/booking/weekday-hours';
import { HELP_POINT_FIELDS, helpPointFormSchema } from '@/lib/staff/help-point-schema';
import { Checkbox, ErrorSummary, TextArea, TextField } from '@/app/_components/forms/fields';
import { useEnhancedForm } from '@/app/_components/forms/use-enhanced-form';
import { saveHelpPoint } from './actions';
import styles from './help-point-form.module.css';

type Props = { id: number; day: string; initial: Record<string, string> };

/** A help point's details and slot rules, checked as you type and again on the server. */
export function HelpPointForm({ id, day, initial }: Props) {
  const t = useTranslations('StaffHelpPoints');
  const tDays = useTranslations('OpeningHours.days');
  const [state, formAction, pending] = useActionState(saveHelpPoint, { version: 0, values: initial });
  const { field, checkbox, errorKey, onSubmit } = useEnhancedForm(helpPointFormSchema, state.values, state.errors, formAction);
  const error = (name: string) => {
    const key = errorKey(name);
    return key ? t(`errors.${key}` as 'errors.name') : undefined;
  };
  // A weekday's error says which day it is about; the field beside it is already in that day's row.
  const dayOf = (name: string) => WEEK.find((day) => (Object.values(weekdayFieldNames(day)) as string[]).includes(name));
  const summary = (name: string) => (dayOf(name) ? `${tDays(dayOf(name)!)}: ${error(name)}` : error(name)!);
  const shown = HELP_POINT_FIELDS.flatMap((name) => (error(name) ? [[name, summary(name)] as [string, string]] : []));
  const refusal = state.refusal;

  return (
    <form key={state.version} action={formAction} noValidate onSubmit={onSubmit}>
      <ErrorSummary title={t('form.errorSummary')} errors={shown} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="day" value={day} />
      <TextField label={t('form.name')} autoComplete="off" error={error('name')} {...field('name')} />
      <TextField label={t('form.address')} autoComplete="off" error={error('address')} {...field('address')} />
      <TextField label={t('form.landmark')} autoComplete="off" error={error('landmark')} {...field('landmark')} />
      <fieldset id="weekdays" className={error('weekdays') ? 'checkbox-group has-error' : 'checkbox-group'} aria-describedby={error('weekdays') ? 'weekdays-hint weekdays-error' : 'weekdays-hint'}>
        <legend>{t('form.weekdays')}</legend>
        <p id="weekdays-hint" className="hint">{t('form.weekdaysHint')}</p>
        {error('weekdays') && <p id="weekdays-error" className="error-message">{error('weekdays')}</p>}
        {WEEK.map((day) => {
          const name = weekdayFieldNames(day);
          return (
            <fieldset key={day} className={styles.day}>
              <legend>{tDays(day)}</legend>
              <TextField label={t('form.opensAt')} type="time" error={error(name.opensAt)} {...field(name.opensAt)} />
              <TextField label={t('form.closesAt')} type="time" error={error(name.closesAt)} {...field(name.closesAt)} />
              <Checkbox label={t('form.closed')} {...checkbox(name.closed)} />
            </fieldset>
          );
        })}
      </fieldset>
      <TextField label={t('form.slotMinutes')} hint={t('form.slotMinutesHint')} type="number" inputMode="numeric" min={10} max={120} error={error('slotMinutes')} {...field('slotMinutes')} />
      <TextField label={t('form.seatsPerSlot')} hint={t('form.seatsPerSlotHint')} type="number" inputMode="numeric" min={1} max={20} error={error('seatsPerSlot')} {...field('seatsPerSlot')} />
      <TextField label={t('form.campaignStart')} type="date" error={error('campaignStart')} {...field('campaignStart')} />
      <TextField label={t('form.campaignEnd')} type="date" error={error('campaignEnd')} {...field('campaignEnd')} />
      <TextArea label={t('form.closedDays')} hint={t('form.closedDaysHint')} rows={4} error={error('closedDays')} {...field('closedDays')} />
      <Checkbox label={t('form.needsConfirmation')} error={error('needsConfirmation')} {...checkbox('needsConfirmation')} />
      {refusal && (
        <FormStatus tone="error" answer={state.version}>
          {refusal.reason === 'strands' ? t('errors.strands', { count: refusal.bookings }) : t(`errors.${refusal.reason}`)}
        </FormStatus>
      )}
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {t('form.save')}
      </button>
    </form>
  );
}
