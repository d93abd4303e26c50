import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { listAccounts } from '@/db/queries/staff-accounts';
import type { Locale } from '@/i18n/routing';
import { formatPhone } from '@/lib/phone';
import { requireStaff } from '@/app/_services/staff/session';
import { areaOf } from './account-area';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffAccounts.title');

export default async function AccountsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  const staff = await requireStaff('supervisor');
  const [t, tStaff] = await Promise.all([getTranslations('StaffAccounts'), getTranslations('Staff')]);
  const accounts = await listAccounts((await getDatabase()).db, staff.scope);
  const area = { wholeArea: t('wholeArea'), noArea: t('noArea') };
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p>{staff.scope.all ? t('intro') : t('introWard')}</p>
      <p>
        <Link href="/staff/accounts/new" className="button button-primary">{t('newTitle')}</Link>
      </p>
      <ul className="booking-list">
        {accounts.map((account) => (
          <li key={account.id}>
            <Link href={`/staff/accounts/${account.id}`} className="card">
              <span className="card-title">{account.displayName}</span>
              <span>
                {account.username}
                {account.phone ? ` · ${formatPhone(account.phone)}` : ''}
              </span>
              <span>{tStaff(`roles.${account.role}`)} · {areaOf(account, area)}</span>
              {!account.active && <span className="status status-declined">{t('inactive')}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
