'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { FormEvent, ReactNode } from 'react';
import { Link } from '@/i18n/navigation';
import { bookingFormSchema, NEEDS } from '@/lib/booking/schema';
import { Checkbox, ErrorSummary, SelectField, TextArea, TextField } from '../_components/fields';
import { useEnhancedForm } from '../_components/use-enhanced-form';
import { useSubmission } from '../_components/use-submission';
import { submitBooking } from './actions';
import type { BookingFormState, FieldName, FormValues } from './form-state';
import { formatWhen } from '@/lib/dates';

type Props = { initial: FormValues; slotLabel: string };

export function BookingForm({ initial, slotLabel }: Props) {
  const t = useTranslations('BookForm');
  const locale = useLocale() as Locale;
  const { state, formAction, submit, onSubmit, pending, failed } = useSubmission(submitBooking, { phase: 'edit', version: 0, values: initial } as BookingFormState);
  const offline = failed && (
    <p className="notice notice-error" role="alert">
      {t('offline')}
    </p>
  );

  if (state.phase === 'check') return <CheckAnswers state={state} formAction={formAction} onSubmit={onSubmit} pending={pending} slotLabel={slotLabel} offline={offline} />;

  const errorText = (key?: string) => (key ? t(`errors.${key}` as 'errors.slot') : undefined);
  return (
    <>
      {state.refusal && (
        <div className="notice notice-error" role="alert">
          <p>{t(`refusals.${state.refusal}`)}</p>
          {state.alternatives && state.alternatives.length > 0 && (
            <>
              <h2>{t('alternativesTitle')}</h2>
              <ul className="choices">
                {state.alternatives.map((a) => (
                  <li key={`${a.helpPointId}-${a.startsAt}`}>
                    <Link className="button button-choice" href={{ pathname: '/book/details', query: { point: String(a.helpPointId), start: a.startsAt, need: state.values.need ?? '' } }}>
                      <span>{formatWhen(new Date(a.startsAt), locale, 'dayShort')}</span>
                      <span className="choice-detail">{a.helpPointName} · {t('seatsLeft', { count: a.seatsLeft })}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>
            <Link href="/book">{t('chooseAgain')}</Link>
          </p>
        </div>
      )}
      {offline}
      <DetailsForm key={state.version} state={state} formAction={formAction} submit={submit} pending={pending} errorText={errorText} />
    </>
  );
}

type EditState = Extract<BookingFormState, { phase: 'edit' }>;

const FIELD_ORDER: FieldName[] = ['fullName', 'phone', 'people', 'need', 'notes', 'consent', 'startsAt', 'helpPointId'];

type DetailsProps = { state: EditState; formAction: (data: FormData) => void; submit: (data: FormData) => void; pending: boolean; errorText: (key?: string) => string | undefined };

function DetailsForm({ state, formAction, submit, pending, errorText }: DetailsProps) {
  const t = useTranslations('BookForm');
  const { field, checkbox, errorKey, onSubmit } = useEnhancedForm(bookingFormSchema, state.values, state.errors, submit);
  const error = (name: FieldName) => errorText(errorKey(name));
  const shown = FIELD_ORDER.flatMap((name) => {
    const message = error(name);
    return message ? [[name, message] as [string, string]] : [];
  });

  return (
    <form
      action={formAction}
      noValidate
      onSubmit={onSubmit}
    >
      <ErrorSummary title={t('errorSummary')} errors={shown} />
      <input type="hidden" name="intent" value="check" />
      <input type="hidden" {...field('helpPointId')} />
      <input type="hidden" {...field('startsAt')} />
      <h2>{t('title')}</h2>
      <TextField label={t('fullName')} autoComplete="name" maxLength={200} error={error('fullName')} {...field('fullName')} />
      <TextField label={t('phone')} hint={t('phoneHint')} type="tel" inputMode="tel" autoComplete="tel" error={error('phone')} {...field('phone')} />
      <SelectField
        label={t('people')}
        hint={t('peopleHint')}
        error={error('people')}
        options={['1', '2', '3'].map((n) => ({ value: n, label: n }))}
        {...field('people')}
      />
      <SelectField label={t('need')} error={error('need')} options={NEEDS.map((need) => ({ value: need, label: t(`needs.${need}`) }))} {...field('need')} />
      <TextArea label={t('notes')} hint={t('notesHint')} error={error('notes')} {...field('notes')} />
      <fieldset className="consent">
        <legend>{t('consentTitle')}</legend>
        <Checkbox label={t('consentText')} error={error('consent')} {...checkbox('consent')} />
      </fieldset>
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {t('continue')}
      </button>
    </form>
  );
}

type CheckState = Extract<BookingFormState, { phase: 'check' }>;

type CheckProps = { state: CheckState; formAction: (data: FormData) => void; onSubmit: (event: FormEvent<HTMLFormElement>) => void; pending: boolean; slotLabel: string; offline: ReactNode };

function CheckAnswers({ state, formAction, onSubmit, pending, slotLabel, offline }: CheckProps) {
  const t = useTranslations('BookForm');
  const v = state.values;
  const rows: [string, string][] = [
    [t('fullName'), v.fullName ?? ''],
    [t('phone'), v.phone ?? ''],
    [t('people'), v.people ?? ''],
    [t('need'), v.need ? t(`needs.${v.need}` as 'needs.unsure') : ''],
    [t('notes'), v.notes ?? ''],
  ];
  return (
    <form action={formAction} onSubmit={onSubmit}>
      <h2>{t('checkTitle')}</h2>
      {offline}
      <p>{t('checkIntro')}</p>
      <p className="slot-summary">{slotLabel}</p>
      <dl className="summary">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value || '—'}</dd>
          </div>
        ))}
      </dl>
      {Object.entries(v).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="requestKey" value={state.requestKey} />
      <div className="back-links">
        <button type="submit" name="intent" value="confirm" className="button button-primary button-large" disabled={pending}>
          {t('confirm')}
        </button>
        <button type="submit" name="intent" value="edit" className="button" disabled={pending}>
          {t('edit')}
        </button>
      </div>
    </form>
  );
}
