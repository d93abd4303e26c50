import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { BookingForm } from '@/app/_components/booking/booking-form';
import { slotSummary } from '@/app/_services/booking/slot-summary';
import { SlotUnavailable } from '@/app/_components/booking/slot-unavailable';
import { getDatabase } from '@/db/client';
import { seatsOnOpening } from '@/app/_services/booking/seats-on-opening';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { NEEDS } from '@/lib/booking/schema';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { localDate } from '@/lib/time';
import { kioskBook } from './actions';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('BookForm.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ start?: string; need?: string }> };

export default async function KioskBookingDetails({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { helpPoint } = await requireKiosk();
  const search = await searchParams;
  const need = (NEEDS as readonly string[]).includes(search.need ?? '') ? search.need : undefined;
  const [t, messages] = await Promise.all([getTranslations('Kiosk'), getMessages()]);
  const { db } = await getDatabase();
  const slot = await slotSummary(db, helpPoint.id, search.start, need, locale);
  const seatsLeft = slot && (await seatsOnOpening(db, helpPoint, new Date(search.start!)));
  if (!slot || !seatsLeft) {
    const day = slot ? localDate(new Date(search.start!)) : undefined;
    return (
      <>
        <h1>{t('bookTitle', { point: helpPoint.name })}</h1>
        <SlotUnavailable slot={slot} reason={!slot ? 'slot' : seatsLeft === 0 ? 'full' : 'too-late'} back={pathFor({ pathname: '/kiosk/book', query: { day, need } }, locale)} />
      </>
    );
  }
  const { time, point, change } = messages.Book;
  return (
    <>
      <h1>{t('bookTitle', { point: helpPoint.name })}</h1>
      <NextIntlClientProvider messages={{ BookForm: messages.BookForm, Book: { time, point, change } }}>
        <BookingForm
          slot={slot}
          initial={{ helpPointId: String(helpPoint.id), startsAt: new Date(search.start!).toISOString(), people: '1', need: need ?? 'unsure' }}
          action={kioskBook}
          kiosk={{ keyboardHint: t('keyboardHint') }}
        />
      </NextIntlClientProvider>
    </>
  );
}
