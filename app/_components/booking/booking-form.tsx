'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { Link } from '@/i18n/navigation';
import { bookingFormSchema, NEEDS } from '@/lib/booking/schema';
import { Checkbox, ErrorSummary, RadioGroup, SelectField, TextArea, TextField } from '@/app/_components/forms/fields';
import { useEnhancedForm } from '@/app/_components/forms/use-enhanced-form';
import { useSubmission } from '@/app/_components/forms/use-submission';
import type { BookingFormState, FieldName, FormValues, SlotSummary } from './form-state';
import { formatWhen } from '@/lib/dates';
import { RETENTION_DAYS } from '@/lib/retention';
import { OfflineNotice } from '@/app/_components/forms/offline-notice';
import { SlotFacts } from './slot-facts';
import { FULL_NAME_MAX } from '@/lib/full-name';

type Props = {
  initial: FormValues;
  slot: SlotSummary;
  /** Leads, once booked, to the booking's own page (on the site) or its handoff to the visitor's phone (at a kiosk). */
  action: (previous: BookingFormState, data: FormData) => Promise<BookingFormState>;
  /** On a kiosk: where to touch for the keyboard, and nothing typed left in the browser's autofill for the next person. */
  kiosk?: { keyboardHint: string };
};
type Submit = (event: FormEvent<HTMLFormElement>) => void;

export function BookingForm({ initial, slot, action, kiosk }: Props) {
  const t = useTranslations('BookForm');
  const { state, formAction, submit, onSubmit, pending, notSent, submitter } = useSubmission(action, { phase: 'edit', version: 0, values: initial, slot } as BookingFormState);
  // Said above the button pressed: an alternative time's (intent=check), or the form's own.
  const offline = (button?: string) => <OfflineNotice text={t('offline')} count={submitter === button || state.phase === 'check' ? notSent : 0} />;
  useAddressOfSlot(state.values);

  if (state.phase === 'check') return <CheckAnswers state={state} formAction={formAction} onSubmit={onSubmit} pending={pending} offline={offline()} />;

  const errorText = (key?: string) => (key ? t(`errors.${key}` as 'errors.slot') : undefined);
  return (
    <>
      <SlotFacts slot={state.slot} change />
      {state.refusal && <Refusal state={state} formAction={formAction} onSubmit={onSubmit} pending={pending} onKiosk={!!kiosk} offline={offline('intent=check')} />}
      <DetailsForm key={state.version} state={state} formAction={formAction} submit={submit} pending={pending} errorText={errorText} kiosk={kiosk} offline={offline()} />
    </>
  );
}

/**
 * Keeps the address naming the slot the form is for: after an alternative
 * time is chosen, reloading the page opens that time, not the full one.
 */
function useAddressOfSlot({ helpPointId, startsAt }: FormValues) {
  useEffect(() => {
    const url = new URL(location.href);
    const shown = url.searchParams.get('start');
    if (!startsAt || (shown && new Date(shown).getTime() === new Date(startsAt).getTime())) return;
    if (url.searchParams.has('point') && helpPointId) url.searchParams.set('point', helpPointId);
    url.searchParams.set('start', startsAt);
    history.replaceState(null, '', url);
  }, [helpPointId, startsAt]);
}

type RefusalProps = { state: EditState; formAction: (data: FormData) => void; onSubmit: Submit; pending: boolean; onKiosk: boolean; offline: ReactNode };

/**
 * Why the booking was refused, and what to do: another time (keeping
 * everything typed), the same help point's times again, or the links to one's
 * bookings. It takes the focus: the button pressed is gone with the answers page.
 */
// A kiosk does not offer to text the links again: that page lives on the person's own phone.
function Refusal({ state, formAction, onSubmit, pending, onKiosk, offline }: RefusalProps) {
  const t = useTranslations('BookForm');
  const locale = useLocale() as Locale;
  const typed = Object.entries(state.values).filter(([name]) => name !== 'helpPointId' && name !== 'startsAt');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [state.version]);
  return (
    <div ref={box} className="notice notice-error" role="alert" tabIndex={-1}>
      <p>{t(`refusals.${state.refusal!}`)}</p>
      {state.alternatives && state.alternatives.length > 0 && (
        <>
          <h2>{t('alternativesTitle')}</h2>
          {offline}
          <ul className="choices">
            {state.alternatives.map((a) => (
              <li key={`${a.helpPointId}-${a.startsAt}`}>
                <form action={formAction} onSubmit={onSubmit}>
                  {typed.map(([name, value]) => (
                    <input key={name} type="hidden" name={name} value={value} />
                  ))}
                  <input type="hidden" name="helpPointId" value={a.helpPointId} />
                  <input type="hidden" name="startsAt" value={a.startsAt} />
                  <button type="submit" name="intent" value="check" className="button button-choice" disabled={pending}>
                    <span>{formatWhen(new Date(a.startsAt), locale, 'dayShort')}</span>
                    <span className="choice-detail">{a.helpPointName} · {t('seatsLeft', { count: a.seatsLeft })}</span>
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="back-links">
        {state.refusal === 'phone-limit' && !onKiosk && (
          <Link href="/booking/resend" className="button button-primary">
            {t('resendLinks')}
          </Link>
        )}
        <a href={state.slot.changeHref} className="button">
          {t('chooseAgain')}
        </a>
      </p>
    </div>
  );
}

type EditState = Extract<BookingFormState, { phase: 'edit' }>;

const FIELD_ORDER: FieldName[] = ['fullName', 'phone', 'people', 'need', 'notes', 'consent', 'startsAt', 'helpPointId'];

type DetailsProps = { state: EditState; formAction: (data: FormData) => void; submit: (data: FormData) => void; pending: boolean; errorText: (key?: string) => string | undefined; kiosk?: Props['kiosk']; offline: ReactNode };

function DetailsForm({ state, formAction, submit, pending, errorText, kiosk, offline }: DetailsProps) {
  const t = useTranslations('BookForm');
  const { field, checkbox, radio, errorKey, onSubmit } = useEnhancedForm(bookingFormSchema, state.values, state.errors, submit);
  const error = (name: FieldName) => errorText(errorKey(name));
  const shown = FIELD_ORDER.flatMap((name) => {
    const message = error(name);
    return message ? [[name, message] as [string, string]] : [];
  });

  return (
    <form action={formAction} noValidate onSubmit={onSubmit} autoComplete={kiosk ? 'off' : undefined}>
      <ErrorSummary title={t('errorSummary')} errors={shown} />
      <input type="hidden" name="intent" value="check" />
      <input type="hidden" {...field('helpPointId')} />
      <input type="hidden" {...field('startsAt')} />
      <h2>{t('title')}</h2>
      {kiosk && <p className="note">{kiosk.keyboardHint}</p>}
      <TextField label={t('fullName')} autoComplete={kiosk ? 'off' : 'name'} maxLength={FULL_NAME_MAX} error={error('fullName')} {...field('fullName')} />
      <TextField label={t('phone')} hint={t('phoneHint')} type="tel" inputMode="tel" autoComplete={kiosk ? 'off' : 'tel'} error={error('phone')} {...field('phone')} />
      <SelectField
        label={t('people')}
        hint={t('peopleHint')}
        error={error('people')}
        options={['1', '2', '3'].map((n) => ({ value: n, label: n }))}
        {...field('people')}
      />
      <RadioGroup name="need" legend={t('need')} error={error('need')} options={NEEDS.map((need) => ({ value: need, label: t(`needs.${need}`) }))} radio={(value) => radio('need', value)} />
      <TextArea label={t('notes')} hint={t('notesHint')} error={error('notes')} {...field('notes')} />
      <fieldset className="consent">
        <legend>{t('consentTitle')}</legend>
        <Checkbox label={t('consentText', { days: RETENTION_DAYS })} error={error('consent')} {...checkbox('consent')} />
      </fieldset>
      {offline}
      <button type="submit" className="button button-primary button-large" disabled={pending}>
        {t('continue')}
      </button>
    </form>
  );
}

type CheckState = Extract<BookingFormState, { phase: 'check' }>;

type CheckProps = { state: CheckState; formAction: (data: FormData) => void; onSubmit: Submit; pending: boolean; offline: ReactNode };

function CheckAnswers({ state, formAction, onSubmit, pending, offline }: CheckProps) {
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
      <p>{t('checkIntro')}</p>
      <p className="slot-summary">
        {state.slot.whenFull} · {state.slot.pointName}, {state.slot.address}
      </p>
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
      {offline}
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
