import { createTranslator } from 'next-intl';
import messages from '@/messages/vi.json';

type Namespace = keyof typeof messages;

/** Vietnamese text outside a page (API errors, text messages), from the same catalogue as the pages. */
export function viText<N extends Namespace>(namespace: N) {
  return createTranslator({ locale: 'vi', messages, namespace });
}
