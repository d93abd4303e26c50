import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { Link } from '@/app/_components/link';
import type { Locale } from '@/i18n/routing';
import { NEEDS } from '@/lib/booking/schema';
import { BookingForm } from './booking-form';
import { slotSummary } from './slot-summary';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ point?: string; start?: string; need?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'BookForm' });
  return { title: t('title') };
}

export default async function BookingDetailsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const search = await searchParams;
  const need = (NEEDS as readonly string[]).includes(search.need ?? '') ? search.need : undefined;
  const [t, tForm, messages] = await Promise.all([getTranslations('Book'), getTranslations('BookForm'), getMessages()]);
  const { db } = await getDatabase();
  const slot = await slotSummary(db, search.point, search.start, need, locale);

  if (!slot) {
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
  const { time, point, change } = messages.Book;
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <NextIntlClientProvider messages={{ BookForm: messages.BookForm, Book: { time, point, change } }}>
        <BookingForm slot={slot} initial={{ helpPointId: search.point, startsAt: new Date(search.start!).toISOString(), people: '1', need: need ?? 'unsure' }} />
      </NextIntlClientProvider>
    </div>
  );
}
