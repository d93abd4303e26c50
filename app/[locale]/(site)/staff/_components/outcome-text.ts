import { getTranslations } from 'next-intl/server';
import type { OutcomeText } from './outcome-form';

/** The outcome form's text, picked on the server so the browser gets no message catalogue. */
export async function outcomeText(): Promise<OutcomeText> {
  const t = await getTranslations('Staff');
  const raw = (key: string) => t.raw(key) as Record<string, string>;
  const fields = ['hamlet', 'fullName', 'phone', 'householdNote', 'case', 'steps', 'blocker', 'blockerNote', 'targetGroup', 'nextAction'];
  return {
    fields: Object.fromEntries(fields.map((f) => [f, t(`outcome.${f}` as 'outcome.hamlet')])),
    cases: raw('outcome.cases'),
    steps: raw('outcome.stepNames'),
    blockers: raw('outcome.blockers'),
    groups: raw('outcome.groups'),
    nextActions: raw('outcome.nextActions'),
    errors: raw('errors'),
    none: t('outcome.none'),
    save: t('outcome.save'),
    saved: t('outcome.saved'),
    savedOnDevice: t('outcome.savedOnDevice'),
    errorSummary: (await getTranslations('BookForm'))('errorSummary'),
  };
}

export { outcomeSummary } from './outcome-summary';
