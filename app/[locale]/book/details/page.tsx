import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { getHelpPoint } from '@/db/queries/help-points';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { NEEDS } from '@/lib/booking/schema';
import { isSlotStart } from '@/lib/slots';
import { BookingForm } from './booking-form';
import { formatWhen } from '@/lib/dates';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ point?: string; start?: string; need?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'BookForm' });
  return { title: t('title') };
}

export default async function BookingDetailsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { point: pointId, start, need } = await searchParams;
  const [t, tForm, messages] = await Promise.all([getTranslations('Book'), getTranslations('BookForm'), getMessages()]);
  const { db } = await getDatabase();
  const found = pointId ? await getHelpPoint(db, Number(pointId)) : undefined;
  const startsAt = start ? new Date(start) : undefined;

  if (!found || !startsAt || Number.isNaN(startsAt.getTime()) || !isSlotStart(found.helpPoint, startsAt)) {
    return (
      <div className="page narrow">
        <h1>{t('title')}</h1>
        <p className="notice notice-error">{tForm('errors.slot')}</p>
        <p>
          <Link href="/book" className="button button-primary">{tForm('chooseAgain')}</Link>
        </p>
      </div>
    );
  }
  const point = found.helpPoint;
  const slotLabel = `${formatWhen(startsAt, locale)} · ${point.name}, ${point.address}`;

  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <dl className="summary">
        <div>
          <dt>{t('time')}</dt>
          <dd>{formatWhen(startsAt, locale, 'day')}</dd>
        </div>
        <div>
          <dt>{t('point')}</dt>
          <dd>
            {point.name}
            <br />
            {point.address}
          </dd>
          <dd>
            <Link href={{ pathname: '/book', query: { ward: found.wardCode, hamlet: String(point.hamletId), point: String(point.id), ...(need ? { need } : {}) } }}>
              {t('change')}
            </Link>
          </dd>
        </div>
      </dl>
      <NextIntlClientProvider messages={{ BookForm: messages.BookForm }}>
        <BookingForm
          slotLabel={slotLabel}
          initial={{ helpPointId: String(point.id), startsAt: startsAt.toISOString(), people: '1', need: (NEEDS as readonly string[]).includes(need ?? '') ? need : 'unsure' }}
        />
      </NextIntlClientProvider>
    </div>
  );
}
