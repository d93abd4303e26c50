import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { nearestFreeSlots } from '@/db/queries/availability';
import { getHelpPoint } from '@/db/queries/help-points';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { NEEDS } from '@/lib/booking/schema';
import { recordId } from '@/lib/record-id';
import { BookingForm } from '@/app/_components/booking/booking-form';
import { submitBooking } from './actions';
import { seatsOnOpening } from '@/app/_services/booking/seats-on-opening';
import { slotSummary } from '@/app/_services/booking/slot-summary';
import { NearestSlots } from '../_components/nearest-slots';
import { SlotUnavailable } from '@/app/_components/booking/slot-unavailable';

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
  const [t, messages] = await Promise.all([getTranslations('Book'), getMessages()]);
  const { db } = await getDatabase();
  const slot = await slotSummary(db, search.point, search.start, need, locale);
  const point = slot && (await getHelpPoint(db, recordId(search.point)))!.helpPoint;
  // A full time says so before anything is typed, and offers the nearest free ones.
  const seatsLeft = point && (await seatsOnOpening(db, point, new Date(search.start!)));

  if (!slot || !seatsLeft) {
    return (
      <div className="page narrow">
        <h1>{t('title')}</h1>
        <SlotUnavailable slot={slot} reason={!slot ? 'slot' : seatsLeft === 0 ? 'full' : 'too-late'} back={slot?.changeHref ?? pathFor('/book', locale)}>
          {point && seatsLeft === 0 && <NearestSlots options={await nearestFreeSlots(db, point.id, new Date(search.start!))} need={need} />}
        </SlotUnavailable>
      </div>
    );
  }
  const { time, point: pointLabel, change } = messages.Book;
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <NextIntlClientProvider messages={{ BookForm: messages.BookForm, Book: { time, point: pointLabel, change } }}>
        <BookingForm action={submitBooking} slot={slot} initial={{ helpPointId: search.point, startsAt: new Date(search.start!).toISOString(), people: '1', need: need ?? 'unsure' }} />
      </NextIntlClientProvider>
    </div>
  );
}
