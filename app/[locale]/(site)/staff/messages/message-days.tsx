import { getTranslations } from 'next-intl/server';
import { deliveryState } from '@/lib/messaging/delivery-state';

type Count = { day: string; channel: string | null; status: string; count: number };
const COLUMNS = ['zalo', 'sms', 'pending', 'failed'] as const;

/** One row a day: how many of its messages went by Zalo, by SMS, wait, or were not sent. */
export async function MessageDays({ counts }: { counts: Count[] }) {
  const t = await getTranslations('Staff.messages');
  const days = new Map<string, Record<(typeof COLUMNS)[number], number>>();
  for (const count of counts) {
    const day = days.get(count.day) ?? { zalo: 0, sms: 0, pending: 0, failed: 0 };
    // A message still waiting after a failed try counts as waiting here: the day's totals are about where messages are.
    const state = count.status === 'pending' ? 'pending' : deliveryState({ ...count, attempts: 0 });
    day[state] += count.count;
    days.set(count.day, day);
  }
  if (days.size === 0) return <p>{t('empty')}</p>;
  const heading = { zalo: t('zalo'), sms: t('sms'), pending: t('waiting'), failed: t('failed') };
  return (
    <div className="table-scroll" role="region" aria-label={t('title')} tabIndex={0}>
      <table>
        <thead>
          <tr><th scope="col">{t('day')}</th>{COLUMNS.map((column) => <th scope="col" key={column}>{heading[column]}</th>)}</tr>
        </thead>
        <tbody>
          {[...days].map(([day, row]) => (
            <tr key={day}><th scope="row">{day}</th>{COLUMNS.map((column) => <td key={column}>{row[column]}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
