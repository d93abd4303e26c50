'use client';

import { useTranslations } from 'next-intl';
import { NEEDS, waitlistFormSchema } from '@/lib/booking/schema';
import { joinWaitlistAction } from '../waitlist-actions';
import { Checkbox, ErrorSummary, RadioGroup, SelectField, TextField } from '@/app/_components/forms/fields';
import { useEnhancedForm } from '@/app/_components/forms/use-enhanced-form';
import { useSubmission } from '@/app/_components/forms/use-submission';
import { OfflineNotice } from '@/app/_components/forms/offline-notice';
import { FULL_NAME_MAX } from '@/lib/full-name';
import { RETENTION_DAYS } from '@/lib/retention';

type Props = { helpPointId: number; day: string; need?: string; title: string; intro: string; submit: string };

/** Leaves name and phone for a full day; the first person waiting is offered a freed seat. */
export function WaitlistForm({ helpPointId, day, need, title, intro, submit }: Props) {
  const t = useTranslations('BookForm');
  const { state, formAction, submit: send, pending, notSent } = useSubmission(joinWaitlistAction, {
    version: 0,
    values: { helpPointId: String(helpPointId), day, need: need ?? 'unsure', people: '1' },
  });
  const { field, checkbox, radio, errorKey, onSubmit } = useEnhancedForm(waitlistFormSchema, state.values, state.errors, send);
  const error = (name: string) => {
    const key = errorKey(name);
    return key ? t(`errors.${key}` as 'errors.slot') : undefined;
  };
  const shown = ['fullName', 'phone', 'people', 'need', 'consent', 'day'].flatMap((name) => (error(name) ? [[name, error(name)!] as [string, string]] : []));

  return (
    <section className="waitlist">
      <h2>{title}</h2>
      <p>{intro}</p>
      <form key={state.version} action={formAction} noValidate onSubmit={onSubmit}>
        <ErrorSummary title={t('errorSummary')} errors={shown} />
        <input type="hidden" {...field('helpPointId')} />
        <input type="hidden" {...field('day')} />
        <TextField label={t('fullName')} autoComplete="name" maxLength={FULL_NAME_MAX} error={error('fullName')} {...field('fullName')} />
        <TextField label={t('phone')} hint={t('phoneHint')} type="tel" inputMode="tel" autoComplete="tel" error={error('phone')} {...field('phone')} />
        <SelectField label={t('people')} error={error('people')} options={['1', '2', '3'].map((n) => ({ value: n, label: n }))} {...field('people')} />
        <RadioGroup name="need" legend={t('need')} error={error('need')} options={NEEDS.map((n) => ({ value: n, label: t(`needs.${n}`) }))} radio={(value) => radio('need', value)} />
        <fieldset className="consent">
          <legend>{t('consentTitle')}</legend>
          <Checkbox label={t('consentText', { days: RETENTION_DAYS })} error={error('consent')} {...checkbox('consent')} />
        </fieldset>
        <OfflineNotice text={t('offline')} count={notSent} />
        <button type="submit" className="button button-primary" disabled={pending}>
          {submit}
        </button>
      </form>
    </section>
  );
}
