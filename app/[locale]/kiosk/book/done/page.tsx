import type { Metadata } from 'next';
import QRCode from 'qrcode';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loadBooking } from '@/app/_services/booking/load';
import { pathFor } from '@/i18n/paths';
import { redirect } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { isActive } from '@/db/queries/bookings';
import { bookingPath } from '@/lib/booking/paths';
import { formatWhen } from '@/lib/dates';
import { requireKiosk } from '@/app/_services/kiosk/session';
import { kioskSettings } from '@/lib/kiosk/settings';
import { publicUrl } from '@/lib/public-url';
import { Handoff } from '../../_components/handoff';

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ code?: string; t?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: 'Kiosk' });
  return { title: t('doneTitle') };
}

/**
 * A booking just made here, handed to the visitor's phone by its QR code and
 * a printed slip, in the language the screen is in; the booking itself never
 * opens on the kiosk. Only a booking of this kiosk's help point, still active.
 */
export default async function KioskBookingDone({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { helpPoint } = await requireKiosk();
  const search = await searchParams;
  const loaded = await loadBooking(search.code ?? '', search.t);
  if (!loaded || loaded.point.id !== helpPoint.id || !isActive(loaded.booking)) return redirect({ href: '/kiosk', locale });
  const { booking } = loaded;
  const [t, tBooking] = await Promise.all([getTranslations('Kiosk'), getTranslations('Booking')]);
  const link = publicUrl(bookingPath(booking.code, search.t!), locale);
  const qrSvg = await QRCode.toString(link, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return (
    <Handoff
      booking={{ code: booking.code, link, qrSvg, whenFull: formatWhen(booking.startsAt, locale), pointName: helpPoint.name, address: helpPoint.address }}
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
        bringTitle: tBooking('bringTitle'),
        bring: tBooking.raw('bring') as string[],
        print: t('printSlip'),
        done: t('done'),
        autoReturn: t.raw('autoReturn') as string,
      }}
    />
  );
}
