import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { getAccount } from '@/db/queries/staff-accounts';
import type { Locale } from '@/i18n/routing';
import { formatPhone } from '@/lib/phone';
import { requireStaff } from '@/app/_services/staff/session';
import { areaOf } from '../account-area';
import { accountChoices } from '../account-choices';
import { EditAccountForm } from '../account-form';
import { accountText } from '../account-text';
import { setActiveAction } from '../actions';
import { ResetPasswordForm } from './reset-password-form';
import { recordId } from '@/lib/record-id';
import { messageCode } from '@/i18n/message-code';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffAccounts.editTitle');

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ done?: string; error?: string }> };

export default async function AccountPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff('supervisor');
  const { db } = await getDatabase();
  // An account a ward supervisor does not manage answers exactly like one that does not exist.
  const account = await getAccount(db, staff.scope, recordId(id));
  if (!account) notFound();
  const [t, tStaff, text, choices] = await Promise.all([getTranslations('StaffAccounts'), getTranslations('Staff'), accountText('save'), accountChoices(db, staff)]);
  const search = await searchParams;
  const self = account.id === staff.user.id;
  const errors = t.raw('errors') as Record<string, string>;
  const done = messageCode(t.raw('done'), search.done);
  const error = messageCode(errors, search.error);

  return (
    <div className="page narrow">
      <h1>{account.displayName}</h1>
      {done && <p className="notice notice-success" role="status">{t(`done.${done}` as 'done.deactivated')}</p>}
      {error && <p className="notice notice-error" role="alert">{errors[error]}</p>}
      <dl className="summary">
        <div><dt>{text.fields.username}</dt><dd>{account.username}</dd></div>
        {account.phone && <div><dt>{t('phone')}</dt><dd>{formatPhone(account.phone)}</dd></div>}
        <div><dt>{text.fields.role}</dt><dd>{tStaff(`roles.${account.role}`)}</dd></div>
        <div><dt>{t('area')}</dt><dd>{areaOf(account, { wholeArea: t('wholeArea'), noArea: t('noArea') })}</dd></div>
        <div><dt>{t('status')}</dt><dd>{account.active ? t('active') : t('inactive')}</dd></div>
      </dl>

      <section>
        <h2>{t('editTitle')}</h2>
        <EditAccountForm
          text={text}
          {...choices}
          initial={{
            id: String(account.id),
            displayName: account.displayName,
            phone: account.phone ? formatPhone(account.phone) : '',
            role: account.role,
            wardId: account.wardId ? String(account.wardId) : '',
            hamletIds: account.hamletIds.map(String),
          }}
        />
      </section>

      <section>
        <h2>{t('resetTitle')}</h2>
        <p>{t('resetIntro')}</p>
        <ResetPasswordForm id={account.id} text={{ submit: t('resetButton'), newPassword: t('newPassword'), note: t('created.note'), errors }} />
      </section>

      {!(self && account.active) && (
        <section>
          <h2>{account.active ? t('deactivateTitle') : t('reactivateTitle')}</h2>
          <p>{account.active ? t('deactivateIntro') : t('reactivateIntro')}</p>
          <form action={setActiveAction}>
            <input type="hidden" name="id" value={account.id} />
            <input type="hidden" name="active" value={String(!account.active)} />
            <button type="submit" className={account.active ? 'button button-danger-outline' : 'button'}>
              {account.active ? t('deactivateTitle') : t('reactivateTitle')}
            </button>
          </form>
        </section>
      )}

      <p className="back-links">
        <Link href="/staff/accounts" className="button">{t('backToList')}</Link>
      </p>
    </div>
  );
}
