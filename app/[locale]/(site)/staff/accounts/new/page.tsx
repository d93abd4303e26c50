import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { listWardsWithHamlets } from '@/db/queries/help-points';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/lib/staff/session';
import { NewAccountForm } from '../account-form';
import { accountText } from '../account-text';

export default async function NewAccountPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff('admin');
  const [t, text, wards] = await Promise.all([getTranslations('StaffAccounts'), accountText('createButton'), listWardsWithHamlets((await getDatabase()).db)]);
  return (
    <div className="page narrow">
      <h1>{t('newTitle')}</h1>
      <NewAccountForm text={text} wards={wards} initial={{ role: 'member' }} listPath={pathFor('/staff/accounts', locale)} />
    </div>
  );
}
