import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { hamletsIn } from '@/db/queries/help-points';
import type { Locale } from '@/i18n/routing';
import { requireStaff } from '@/lib/staff/session';
import { OutcomeForm } from '../_components/outcome-form';
import { outcomeText } from '../_components/outcome-text';
import { WalkInList } from '../_components/walk-in-list';
import { localDate } from '@/lib/time';

/** House-to-house visits and walk-ins: an outcome without a booking. */
export default async function WalkInPage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale((await params).locale);
  const staff = await requireStaff();
  const [t, text] = await Promise.all([getTranslations('Staff'), outcomeText()]);
  const hamlets = await hamletsIn((await getDatabase()).db, staff.scope);
  return (
    <div className="page narrow">
      <h1>{t('outcome.walkInTitle')}</h1>
      <OutcomeForm text={text} hamlets={hamlets} initial={{ hamletId: hamlets.length === 1 ? String(hamlets[0].id) : '', targetGroup: 'other-citizen' }} />
      <WalkInList scope={staff.scope} day={localDate(new Date())} />
    </div>
  );
}
