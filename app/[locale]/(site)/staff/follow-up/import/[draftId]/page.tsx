import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { checkImport, importDraftOf, previewImport } from '@/db/queries/police-import';
import { hamletsIn } from '@/db/queries/help-points';
import type { Locale } from '@/i18n/routing';
import { type ColumnMapping, columnMappingSchema, guessColumns, IMPORT_FIELDS, isMappingComplete, mapRows, unusedColumns } from '@/lib/campaign/import-columns';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';
import { SelectField } from '@/app/_components/forms/fields';
import { confirmImportAction } from './actions';
import { ImportChanges } from './import-changes';
import { ImportPreview } from './import-preview';
import { ImportReport } from './import-report';
import { UnusedColumns } from './unused-columns';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffFollowUp.draft.title');

type Props = { params: Promise<{ locale: Locale; draftId: string }>; searchParams: Promise<Record<string, string | undefined>> };

/**
 * An uploaded list before import: its columns mapped (guessed from the header
 * at first) and those left unused named, the report of every bad row, and for
 * a list that can be imported what it will change and a preview.
 */
export default async function DraftPage({ params, searchParams }: Props) {
  const { locale, draftId } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff('supervisor');
  const search = await searchParams;
  const { db } = await getDatabase();
  const draft = await importDraftOf(db, staff.user.id, recordId(draftId));
  if (!draft) notFound();
  const t = await getTranslations('StaffFollowUp.draft');
  const chosen = IMPORT_FIELDS.some((field) => field in search) ? columnMappingSchema.safeParse(search) : undefined;
  const mapping: ColumnMapping = chosen?.success ? chosen.data : guessColumns(draft.header);
  const complete = isMappingComplete(mapping);
  const [checked, hamlets] = await Promise.all([complete ? checkImport(db, staff.scope, mapRows(draft.rows, mapping)) : undefined, hamletsIn(db, staff.scope)]);
  const importable = checked !== undefined && checked.reports.length === 0 && checked.people.length > 0;
  const changes = importable ? await previewImport(db, checked.people, checked.covered) : undefined;
  const columns = [{ value: '', label: t('noColumn') }, ...draft.header.map((name, i) => ({ value: String(i), label: t('column', { number: i + 1, name: name || '—' }) }))];
  const value = (index: number | undefined) => (index === undefined ? '' : String(index));

  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p>{t('file', { file: draft.fileName, rows: draft.rows.length })}</p>
      {search.error === 'refused' && (
        <p className="notice notice-error" role="alert">
          {t('refused')}
        </p>
      )}
      <h2>{t('mapping')}</h2>
      <p>{t('mappingHint')}</p>
      <form method="get">
        {IMPORT_FIELDS.map((field) => (
          <SelectField key={field} name={field} label={t(`fields.${field}`)} options={columns} defaultValue={value(mapping[field])} />
        ))}
        <button type="submit" className="button">
          {t('check')}
        </button>
      </form>
      <UnusedColumns header={draft.header} unused={unusedColumns(draft.header, mapping)} />
      {!complete && (
        <p className="notice notice-error" role="alert">
          {t('needsColumns')}
        </p>
      )}
      {checked && (
        <>
          <ImportReport reports={checked.reports} rows={checked.people.length + checked.reports.length} />
          {changes && <ImportChanges changes={changes} hamlets={hamlets} />}
          <ImportPreview people={checked.people.slice(0, 10)} hamlets={hamlets} showId={mapping.idNumber !== undefined} showStatus={mapping.status !== undefined} />
          {importable && (
            <form action={confirmImportAction}>
              <input type="hidden" name="draftId" value={draft.id} />
              {IMPORT_FIELDS.map((field) => (
                <input key={field} type="hidden" name={field} value={value(mapping[field])} />
              ))}
              <p>{t('confirmHint')}</p>
              <button type="submit" className="button button-primary button-large">
                {t('confirm', { count: checked.people.length })}
              </button>
            </form>
          )}
        </>
      )}
      <p>
        <Link href="/staff/follow-up/import" className="back-link">
          {t('another')}
        </Link>
      </p>
    </div>
  );
}
