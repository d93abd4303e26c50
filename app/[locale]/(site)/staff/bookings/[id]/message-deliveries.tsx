import { getTranslations } from 'next-intl/server';
import type { outbox } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { formatWhen } from '@/lib/dates';
import { deliveryState } from '@/lib/messaging/delivery-state';

/** How each message about the booking reached the citizen: by Zalo, by SMS, or not yet. */
export async function MessageDeliveries({ messages, locale }: { messages: (typeof outbox.$inferSelect)[]; locale: Locale }) {
  const t = await getTranslations('Staff.messages');
  return (
    <section>
      <h2>{t('delivery.title')}</h2>
      {messages.length === 0 ? (
        <p>{t('delivery.none')}</p>
      ) : (
        <ul>
          {messages.map((message) => {
            const state = deliveryState(message);
            return (
              <li key={message.id} data-delivery={state}>
                {t(`kinds.${message.kind}` as 'kinds.confirmed')}: {state === 'pending' ? t('delivery.pending', { when: formatWhen(message.nextAttemptAt, locale, 'day') }) : t(`delivery.${state}`)}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
