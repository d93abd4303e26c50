'use client';

import { FormStatus } from '@/app/_components/form-status';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ErrorSummary, TextArea, TextField } from '@/app/_components/forms/fields';
import { type Found, type PrivacyState, privacyAction } from './actions';

const KINDS = ['bookings', 'waitlist', 'outcomes', 'people'] as const;

/**
 * Find a person's data by phone and/or name, read what would go, then delete
 * it with a note of how the request came. Plain forms: works before
 * JavaScript loads, and nothing personal goes into the address bar.
 */
export function PrivacyForm() {
  const t = useTranslations('StaffPrivacy');
  const [state, action, pending] = useActionState<PrivacyState, FormData>(privacyAction, { version: 0, values: {} });
  const error = (name: string) => (state.errors?.[name] ? t(`errors.${state.errors[name]}` as 'errors.phoneInvalid') : undefined);
  const errors = ['phone', 'fullName', 'note', 'form'].flatMap((name) => (error(name) ? [[name, error(name)!] as [string, string]] : []));
  const searched = { phone: state.values.phone ?? '', fullName: state.values.fullName ?? '' };

  return (
    <div key={state.version}>
      {state.removed && (
        <FormStatus tone="success" answer={state.version}>
          {t('removed', state.removed)}
        </FormStatus>
      )}
      <ErrorSummary title={t('errorSummary')} errors={errors} />
      <form action={action} noValidate>
        <TextField name="phone" label={t('phone')} type="tel" inputMode="tel" autoComplete="off" defaultValue={searched.phone} error={error('phone')} />
        <TextField name="fullName" label={t('fullName')} hint={t('fullNameHint')} autoComplete="off" defaultValue={searched.fullName} error={error('fullName')} />
        <button type="submit" name="intent" value="find" className="button" disabled={pending}>
          {t('find')}
        </button>
      </form>
      {state.found && <FoundData found={state.found} searched={searched} note={state.values.note ?? ''} error={error('note')} action={action} pending={pending} />}
    </div>
  );
}

type FoundProps = { found: Found; searched: { phone: string; fullName: string }; note: string; error?: string; action: (data: FormData) => void; pending: boolean };

function FoundData({ found, searched, note, error, action, pending }: FoundProps) {
  const t = useTranslations('StaffPrivacy');
  const total = KINDS.reduce((n, kind) => n + found[kind].length, 0);
  if (total === 0) return <p role="status">{t('nothing')}</p>;
  return (
    <section aria-labelledby="privacy-found">
      <h2 id="privacy-found">{t('foundTitle', { count: total })}</h2>
      {KINDS.filter((kind) => found[kind].length > 0).map((kind) => (
        <div key={kind}>
          <h3>{t(`kinds.${kind}`, { count: found[kind].length })}</h3>
          <ul className="booking-list">
            {found[kind].map((record) => (
              <li key={record.id} className="card">
                <span className="card-title">{record.fullName}{record.phone && ` · ${record.phone}`}</span>
                <span>{[record.place, record.when].filter(Boolean).join(' · ')}</span>
                {record.cancels && <strong>{t('cancels')}</strong>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p>{t('whatHappens')}</p>
      <form action={action} noValidate>
        <input type="hidden" name="phone" value={searched.phone} />
        <input type="hidden" name="fullName" value={searched.fullName} />
        <TextArea name="note" label={t('note')} hint={t('noteHint')} maxLength={300} defaultValue={note} error={error} />
        <button type="submit" name="intent" value="delete" className="button button-danger" disabled={pending}>
          {t('delete')}
        </button>
      </form>
    </section>
  );
}
