'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { cellName } from '@/lib/campaign/population-schema';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { ErrorSummary } from '../../../book/_components/fields';
import styles from '../campaign.module.css';
import { savePopulationAction } from './actions';

type Props = { hamlets: { id: number; name: string }[]; initial: Record<string, string> };

/** Every hamlet in scope against every group, one number each, saved together. */
export function PopulationForm({ hamlets, initial }: Props) {
  const t = useTranslations('StaffCampaign.population');
  const groups = useTranslations('Staff.outcome.groups');
  const [state, formAction, pending] = useActionState(savePopulationAction, { version: 0, values: initial });
  const hamletOf = new Map(hamlets.flatMap((h) => TARGET_GROUPS.map((g) => [cellName(h.id, g), [h.name, groups(g)]] as const)));
  const errors = (state.errors ?? []).map((name): [string, string] => {
    const [hamlet, group] = hamletOf.get(name) ?? ['', ''];
    return [name, t('cellError', { hamlet, group })];
  });

  return (
    <form key={state.version} action={formAction}>
      <ErrorSummary title={t('errorSummary')} errors={errors} />
      <table className={styles.stack}>
        <caption>{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hamlet')}</th>
            {TARGET_GROUPS.map((g) => (
              <th scope="col" key={g}>{groups(g)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hamlets.map((hamlet) => (
            <tr key={hamlet.id}>
              <th scope="row">{hamlet.name}</th>
              {TARGET_GROUPS.map((g) => {
                const name = cellName(hamlet.id, g);
                const invalid = state.errors?.includes(name);
                return (
                  <td key={g} data-label={groups(g)}>
                    <input
                      id={name}
                      name={name}
                      className={styles.number}
                      inputMode="numeric"
                      pattern="[0-9., ]*"
                      defaultValue={state.values[name]}
                      aria-label={t('cell', { group: groups(g), hamlet: hamlet.name })}
                      aria-invalid={invalid || undefined}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" className="button button-primary" disabled={pending}>
        {t('save')}
      </button>
    </form>
  );
}
