import { getTranslations } from 'next-intl/server';

type Props = { asked: { day: string | undefined; bad: boolean }; found: boolean };

/**
 * What a page says of the `?day=` it was given and cannot show: a date that
 * breaks the rule, or a day not open to booking here (past, too far ahead,
 * closed). It then shows its usual choice.
 */
export async function DayNotice({ asked, found }: Props) {
  const [tRules, tBook] = await Promise.all([getTranslations('InputRules'), getTranslations('Book')]);
  if (asked.bad) return <p className="notice notice-error" role="alert">{tRules('badDay')}</p>;
  if (asked.day && !found) return <p className="notice notice-error" role="alert">{tBook('dayNotOpen')}</p>;
  return null;
}
