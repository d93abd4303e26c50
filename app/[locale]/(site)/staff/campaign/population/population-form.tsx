'use client';

import { useTranslations } from 'next-intl';
import { Fragment, type ReactNode, useActionState } from 'react';
import { cellName, level2CellName } from '@/lib/campaign/population-schema';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { ErrorSummary } from '@/app/_components/forms/fields';
import styles from '../campaign.module.css';
import { savePopulationAction } from './actions';

type Hamlet = { id: number; name: string; demo: boolean };
type Props = { hamlets: Hamlet[]; initial: Record<string, string> };

/**
 * Every hamlet in scope against every group: its people, and on the row
 * below how many of them were at level 2 before the campaign, saved together.
 */
export function PopulationForm({ hamlets, initial }: Props) {
  const t = useTranslations('StaffCampaign.population');
  const groups = useTranslations('Staff.outcome.groups');
  const [state, formAction, pending] = useActionState(savePopulationAction, { version: 0, values: initial });
  const cellOf = new Map(hamlets.flatMap((h) => TARGET_GROUPS.flatMap((g) => [cellName(h.id, g), level2CellName(h.id, g)].map((name) => [name, { hamlet: h.name, group: groups(g) }] as const))));
  const errors = Object.entries(state.errors ?? {}).map(([name, error]): [string, string] => [name, t(`cellErrors.${error}`, cellOf.get(name) ?? { hamlet: '', group: '' })]);
  const row = (hamlet: Hamlet, heading: ReactNode, nameOf: (hamletId: number, group: string) => string, label: 'cell' | 'level2Cell') => (
    <tr>
      <th scope="row">{heading}</th>
      {TARGET_GROUPS.map((g) => {
        const name = nameOf(hamlet.id, g);
        return (
          <td key={g} data-label={groups(g)}>
            <input
              id={name}
              name={name}
              className={styles.number}
              inputMode="numeric"
              pattern="[0-9., ]*"
              defaultValue={state.values[name]}
              aria-label={t(label, { group: groups(g), hamlet: hamlet.name })}
              aria-invalid={name in (state.errors ?? {}) || undefined}
            />
          </td>
        );
      })}
    </tr>
  );

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
            <Fragment key={hamlet.id}>
              {row(hamlet, hamlet.demo ? <>{hamlet.name} <small>({t('demoTag')})</small></> : hamlet.name, cellName, 'cell')}
              {row(hamlet, t('level2Row', { hamlet: hamlet.name }), level2CellName, 'level2Cell')}
            </Fragment>
          ))}
        </tbody>
      </table>
      <button type="submit" className="button button-primary" disabled={pending}>
        {t('save')}
      </button>
    </form>
  );
}
