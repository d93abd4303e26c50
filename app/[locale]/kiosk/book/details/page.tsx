import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { slotSummary } from '@/app/[locale]/(site)/book/details/slot-summary';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { NEEDS } from '@/lib/booking/schema';
import { requireKiosk } from '@/lib/kiosk/session';
import { kioskSettings } from '@/lib/kiosk/settings';
import { kioskBook } from './actions';
import { KioskBookingForm } from './kiosk-booking-form';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ start?: string; need?: string }> };

export default async function KioskBookingDetails({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { helpPoint } = await requireKiosk();
  const search = await searchParams;
  const need = (NEEDS as readonly string[]).includes(search.need ?? '') ? search.need : undefined;
  const [t, tForm, messages] = await Promise.all([getTranslations('Kiosk'), getTranslations('BookForm'), getMessages()]);
  const slot = await slotSummary((await getDatabase()).db, helpPoint.id, search.start, need, locale);
  if (!slot) {
    return (
      <>
        <h1>{t('bookTitle', { point: helpPoint.name })}</h1>
        <p className="notice notice-error">{tForm('errors.slot')}</p>
        <p>
          <Link href="/kiosk/book" replace className="button button-primary">
            {tForm('chooseAgain')}
          </Link>
        </p>
      </>
    );
  }
  const { time, point, change } = messages.Book;
  const booking = messages.Booking;
  return (
    <>
      <h1>{t('bookTitle', { point: helpPoint.name })}</h1>
      <NextIntlClientProvider messages={{ BookForm: messages.BookForm, Book: { time, point, change } }}>
        <KioskBookingForm
          slot={slot}
          initial={{ helpPointId: String(helpPoint.id), startsAt: new Date(search.start!).toISOString(), people: '1', need: need ?? 'unsure' }}
          action={kioskBook}
          keyboardHint={t('keyboardHint')}
          attractHref={pathFor('/kiosk', locale)}
          seconds={kioskSettings().handoffSeconds}
          text={{
            title: t('doneTitle'),
            scan: t('scan'),
            qrLabel: t('qrLabel'),
            slipTitle: t('slipTitle'),
            code: t('code'),
            when: t('when'),
            where: t('where'),
            bringTitle: booking.bringTitle,
            bring: booking.bring as unknown as string[],
            print: t('printSlip'),
            done: t('done'),
            autoReturn: t.raw('autoReturn') as string,
          }}
        />
      </NextIntlClientProvider>
    </>
  );
}
