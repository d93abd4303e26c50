import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { messageFailures, messagesPerDay } from '@/db/queries/message-report';
import type { Locale } from '@/i18n/routing';
import { pageTitle } from '@/i18n/page-title';
import { formatWhen } from '@/lib/dates';
import { deliveryState } from '@/lib/messaging/delivery-state';
import { zaloErrorReason } from '@/lib/messaging/zns';
import { requireStaff } from '@/app/_services/staff/session';
import { MessageDays } from './message-days';

export const generateMetadata = pageTitle('Staff.messages.title');

const DAYS = 14;

type Props = { params: Promise<{ locale: Locale }> };

/** The admin's view of the texts: how many went each day and by which channel, and what failed and why. Messages are not all tied to a hamlet, so it is the whole area's. */
export default async function MessagesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff('admin');
  const { db } = await getDatabase();
  const [t, counts, failures] = await Promise.all([getTranslations('Staff.messages'), messagesPerDay(db, DAYS), messageFailures(db, DAYS)]);
  return (
    <div className="page">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <MessageDays counts={counts} />
      <h2>{t('failuresTitle')}</h2>
      {failures.length === 0 ? (
        <p>{t('failuresEmpty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={t('failuresTitle')} tabIndex={0}>
          <table>
            <thead>
              <tr><th scope="col">{t('when')}</th><th scope="col">{t('kind')}</th><th scope="col">{t('how')}</th><th scope="col">{t('zaloReason')}</th><th scope="col">{t('smsError')}</th><th scope="col">{t('attempts')}</th></tr>
            </thead>
            <tbody>
              {failures.map((row) => {
                const state = deliveryState(row);
                return (
                  <tr key={row.id}>
                    <td>{formatWhen(row.createdAt, locale, 'date')}</td>
                    <td>{t(`kinds.${row.kind}` as 'kinds.confirmed')}</td>
                    <td>{state === 'pending' ? t('waiting') : t(`delivery.${state}`)}</td>
                    <td>{row.zaloError && `${t(`reasons.${zaloErrorReason(row.zaloError)}`)} (${row.zaloError})`}</td>
                    <td>{row.errorCode ?? ''} {row.lastError ?? ''}</td>
                    <td>{row.attempts}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
