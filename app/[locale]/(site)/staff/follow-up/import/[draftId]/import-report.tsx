import { getTranslations } from 'next-intl/server';
import type { RowReport } from '@/lib/campaign/import-rows';

const SHOWN = 500;

/** Whether the list can be imported, and if not, every bad row by its number in the file and why. */
export async function ImportReport({ reports, rows }: { reports: RowReport[]; rows: number }) {
  const t = await getTranslations('StaffFollowUp.draft');
  return (
    <section aria-labelledby="report">
      <h2 id="report">{t('report')}</h2>
      {reports.length === 0 ? (
        <p className="notice notice-success">{t('allGood', { count: rows })}</p>
      ) : (
        <>
          <p className="notice notice-error">{t('bad', { bad: reports.length, count: rows })}</p>
          <ul>
            {reports.slice(0, SHOWN).map(({ row, problems }) => (
              <li key={row}>{t('rowProblems', { row, problems: problems.map((problem) => t(`problems.${problem}`)).join('; ') })}</li>
            ))}
          </ul>
          {reports.length > SHOWN && <p>{t('more', { count: reports.length - SHOWN })}</p>}
        </>
      )}
    </section>
  );
}
