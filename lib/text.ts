import { createTranslator } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import vi from '@/messages/vi.json';

type Messages = typeof vi;
type Namespace = keyof Messages;

/** Text outside a page (API errors, text messages, calendar files), from the same catalogues as the pages. */
export function textFor<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: (locale === 'en' ? en : vi) as Messages, namespace });
}

export const viText = <N extends Namespace>(namespace: N) => textFor('vi', namespace);
