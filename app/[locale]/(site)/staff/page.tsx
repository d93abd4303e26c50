import { getLocale, getTranslations } from 'next-intl/server';
import { redirect } from '@/i18n/navigation';
import { currentStaff } from '@/app/_services/staff/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('Staff.title');

export default async function StaffHome({ searchParams }: { searchParams: Promise<{ denied?: string }> }) {
  const staff = await currentStaff();
  if (!staff) return redirect({ href: '/staff/sign-in', locale: await getLocale() });
  if (!(await searchParams).denied) return redirect({ href: '/staff/today', locale: await getLocale() });
  const t = await getTranslations('Staff');
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p className="notice notice-error" role="alert">{t('denied')}</p>
    </div>
  );
}
