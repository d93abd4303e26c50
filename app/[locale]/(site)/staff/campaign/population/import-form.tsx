'use client';

import { FormStatus } from '@/app/_components/form-status';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { ImportProblem } from '@/lib/campaign/population-import';
import { spreadsheetLimitValues } from '@/lib/spreadsheet/limits';
import { importPopulationAction } from './actions';

/** A spreadsheet of populations, imported whole or not at all, with every bad row named. */
export function ImportForm() {
  const t = useTranslations('StaffCampaign.population');
  const refusal = useTranslations('Spreadsheet.problems');
  const [state, formAction, pending] = useActionState(importPopulationAction, {});
  const problemText = (problem: ImportProblem) =>
    problem.row === undefined
      ? t(`reasons.${problem.reason}`)
      : t('rowError', { row: problem.row, reason: t(`reasons.${problem.reason}`, { value: problem.value, first: problem.first ?? 0 }) });

  return (
    <form action={formAction}>
      {state.problems && (
        <div className="error-summary" role="alert">
          <h3>{t('importErrors')}</h3>
          <ul>
            {state.problems.map((problem, i) => (
              <li key={i}>{problemText(problem)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="field">
        <label htmlFor="population-file">{t('file')}</label>
        <input id="population-file" name="file" type="file" accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" required />
      </div>
      {(state.failure || state.refusal) && (
        <FormStatus tone="error" answer={state}>
          {state.failure ? t(`reasons.${state.failure}`) : refusal(state.refusal!, spreadsheetLimitValues)}
        </FormStatus>
      )}
      <button type="submit" className="button" disabled={pending}>
        {t('import')}
      </button>
    </form>
  );
}
