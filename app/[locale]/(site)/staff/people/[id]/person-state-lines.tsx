import { getTranslations } from 'next-intl/server';
import type { PersonState } from '@/db/queries/person-detail';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';

/** Where a person is at the end of today, as person-state.ts says, in plain lines. */
export async function PersonStateLines({ state, locale }: { state: PersonState; locale: Locale }) {
  const [t, outcome] = await Promise.all([getTranslations('StaffPeople'), getTranslations('Staff.outcome')]);
  const day = (value: string) => formatDate(value, locale, 'date');
  const lines = [
    state.stage === 'closed' && state.closed_as ? t(`closings.${state.closed_as}`) : t(`state.stages.${state.stage}`),
    state.reached_on && t('state.reachedOn', { day: day(state.reached_on) }),
    state.blocker && t('state.blocker', { blocker: outcome(`blockers.${state.blocker}`) }),
    state.furthest_step && t(state.step_self_reported ? 'state.furthestReported' : 'state.furthest', { step: outcome(`stepNames.${state.furthest_step}`) }),
    state.booked_on && t('state.bookedOn', { day: day(state.booked_on) }),
    state.came_on && t('state.cameOn', { day: day(state.came_on) }),
  ].filter((line): line is string => Boolean(line));
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
