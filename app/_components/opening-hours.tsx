import { getTranslations } from 'next-intl/server';
import { type Opening, weeklyHours } from '@/lib/booking/weekday-hours';

/** A help point's opening hours in one line: "Mở cửa 07:30–22:00 hằng ngày", or day by day when they differ. */
export async function OpeningHours({ point }: { point: Opening }) {
  const t = await getTranslations('OpeningHours');
  const runs = weeklyHours(point);
  if (runs.length === 1 && runs[0].hours) return t('everyDay', runs[0].hours);
  const day = (weekday: string) => t(`days.${weekday}` as 'days.0');
  return t('weekly', {
    runs: runs
      .map(({ from, to, hours }) => {
        const days = from === to ? day(from) : t('range', { from: day(from), to: day(to) });
        return hours ? t('open', { days, ...hours }) : t('closed', { days });
      })
      .join('; '),
  });
}
