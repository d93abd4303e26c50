import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import type { SlotOption } from '@/db/queries/availability';
import { ChoiceList } from '@/app/_components/booking/choice-list';
import { formatWhen } from '@/lib/dates';

type Props = { options: { here: SlotOption[]; nearby: SlotOption[] }; need?: string };

/** The free times closest to a full one, here and at the ward's other help points. */
export async function NearestSlots({ options, need }: Props) {
  const t = await getTranslations('Book');
  const locale = (await getLocale()) as Locale;
  const choice = (o: SlotOption) => ({
    key: `${o.helpPointId}-${o.startsAt.toISOString()}`,
    label: formatWhen(o.startsAt, locale, 'dayShort'),
    detail: `${o.helpPointName} · ${t('seatsLeft', { count: o.seatsLeft })}`,
    href: { pathname: '/book/details' as const, query: { point: String(o.helpPointId), start: o.startsAt.toISOString(), ...(need ? { need } : {}) } },
  });
  if (options.here.length + options.nearby.length === 0) return <p>{t('noneFree')}</p>;
  return (
    <>
      {options.here.length > 0 && <ChoiceList title={t('nearestHere')} items={options.here.map(choice)} />}
      {options.nearby.length > 0 && <ChoiceList title={t('nearestNearby')} items={options.nearby.map(choice)} />}
    </>
  );
}
