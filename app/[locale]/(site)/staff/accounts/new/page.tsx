import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/app/_services/staff/session';
import { accountChoices } from '../account-choices';
import { NewAccountForm } from '../account-form';
import { accountText } from '../account-text';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffAccounts.newTitle');

export default async function NewAccountPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff('supervisor');
  const [t, text, choices] = await Promise.all([getTranslations('StaffAccounts'), accountText('createButton'), accountChoices((await getDatabase()).db, staff)]);
  return (
    <div className="page narrow">
      <h1>{t('newTitle')}</h1>
      <NewAccountForm text={text} {...choices} initial={{ role: 'member' }} listPath={pathFor('/staff/accounts', locale)} />
    </div>
  );
}
