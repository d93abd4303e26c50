import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { TextField } from '@/app/_components/forms/fields';
import { getDatabase } from '@/db/client';
import { recentImports } from '@/db/queries/police-import';
import { messageCode } from '@/i18n/message-code';
import type { Locale } from '@/i18n/routing';
import { formatWhen } from '@/lib/dates';
import { spreadsheetLimitValues } from '@/lib/spreadsheet/limits';
import { requireStaff } from '@/app/_services/staff/session';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffFollowUp.import.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ error?: string; done?: string }> };

/** Upload of the police's list (approved, not yet activated, or with its VNeID status): the first step of an import. */
export default async function ImportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff('supervisor');
  const search = await searchParams;
  const t = await getTranslations('StaffFollowUp.import');
  const spreadsheet = await getTranslations('Spreadsheet');
  // An error is either the upload's own (no file) or the reader's refusal of the file.
  const uploadError = messageCode(t.raw('errors'), search.error);
  const refusal = messageCode(spreadsheet.raw('problems'), search.error);
  const error = uploadError ? t(`errors.${uploadError}` as 'errors.missing') : refusal && spreadsheet(`problems.${refusal}` as 'problems.unreadable', spreadsheetLimitValues);
  const imports = await recentImports((await getDatabase()).db, staff.user);
  const done = imports.find((batch) => String(batch.id) === search.done);

  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      {done && (
        <p className="notice notice-success" role="status">
          {t('done', { rows: done.rows, added: done.added, updated: done.updated, level2: done.level2, absent: done.absent })}
        </p>
      )}
      <p>{t('intro')}</p>
      <p>{t('snapshot')}</p>
      <p>{t('privacy')}</p>
      <form action={`/api/staff/follow-up/import?locale=${locale}`} method="post" encType="multipart/form-data">
        <TextField name="file" type="file" label={t('file')} error={error} accept=".xlsx,.csv" required />
        <button type="submit" className="button button-primary button-large">
          {t('upload')}
        </button>
      </form>
      <h2>{t('recent')}</h2>
      {imports.length === 0 ? (
        <p>{t('recentNone')}</p>
      ) : (
        <ul>
          {imports.map((batch) => (
            <li key={batch.id}>
              {t('recentItem', { when: formatWhen(batch.createdAt, locale, 'dayShort'), file: batch.fileName, rows: batch.rows, added: batch.added, updated: batch.updated, level2: batch.level2, absent: batch.absent })}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/staff/follow-up" className="back-link">
          {t('backToList')}
        </Link>
      </p>
    </div>
  );
}
