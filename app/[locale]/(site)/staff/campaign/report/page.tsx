import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { campaignReport, reportWards } from '@/db/queries/campaign-report';
import { demoPopulationHamlets } from '@/db/queries/hamlet-population';
import { pathFor } from '@/i18n/paths';
import type { Locale } from '@/i18n/routing';
import { percentText } from '@/lib/campaign/percent-text';
import { type ReportCell, reportSections } from '@/app/_services/campaign/report-sections';
import { reportText } from '@/app/_services/campaign/report-text';
import { dayFromQuery, formatDate, formatWhen } from '@/lib/dates';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';
import { DayField } from '../../_components/day-field';
import { CopyButton } from '../_components/copy-button';
import styles from '../campaign.module.css';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('PageTitles.campaignReport');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ ward?: string; day?: string }> };

/**
 * A ward's daily report in the shape it is sent upward: a row per hamlet with
 * what is due, reached and still needed, the funnel, the groups and the
 * blockers, printable, as an .xlsx file, and as a short text for Zalo in a box
 * to select (or copy with the button once JavaScript runs).
 */
export default async function CampaignReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = await searchParams;
  const { day: asked, bad: badDay } = dayFromQuery(search.day);
  const day = asked ?? localDate(new Date());
  const { db } = await getDatabase();
  const [t, wards] = await Promise.all([getTranslations('StaffCampaign'), reportWards(db, staff.scope)]);
  const wardId = search.ward ? recordId(search.ward) : wards[0]?.id;
  // Another ward answers like one that does not exist.
  const report = wardId === undefined ? null : await campaignReport(db, staff.scope, wardId, day);
  if (!report) notFound();
  const demoHamlets = await demoPopulationHamlets(db, staff.scope, { wardId: report.ward.id });
  const sections = reportSections(report, locale);
  const cell = (value: ReportCell) => (value === null ? '' : typeof value === 'number' ? value : percentText(value.percent, locale));
  const message = reportText(report);
  const download = pathFor({ pathname: '/api/staff/campaign/report', query: { ward: report.ward.id, day, locale } }, 'vi');

  return (
    <div className={`page ${styles.sheet}`}>
      <h1>{t('report.titleOf', { date: formatDate(day, locale, 'date'), place: report.ward.name })}</h1>
      {badDay && <p className="notice notice-error" role="alert">{t('report.badDay')}</p>}
      <p>{t('report.notice', { date: formatDate(day, locale, 'date') })}</p>
      {staff.user.role === 'member' && <p>{t('report.onlyYours')}</p>}
      {demoHamlets > 0 && <p className="notice">{t('demoPopulation', { count: demoHamlets })}</p>}
      <p className="print-url">{t('report.generated', { when: formatWhen(new Date(), locale, 'date') })}</p>
      <form method="get" className={`inline-form ${styles.noPrint}`} aria-label={t('report.pick')}>
        {wards.length > 1 && (
          <div className="field">
            <label htmlFor="ward">{t('report.ward')}</label>
            <select id="ward" name="ward" defaultValue={report.ward.id}>
              {wards.map((w) => (
                <option key={w.id} value={w.id}>{w.name}</option>
              ))}
            </select>
          </div>
        )}
        {wards.length === 1 && <input type="hidden" name="ward" value={report.ward.id} />}
        <DayField label={t('report.day')} value={day} />
        <button type="submit" className="button">{t('report.show')}</button>
      </form>
      <ul className={styles.links}>
        <li>
          <a href={download} className="button" download>{t('report.download')}</a>
        </li>
        <li>
          <Link href={{ pathname: '/staff/campaign', query: { ward: staff.scope.all ? report.ward.id : undefined } }} className="button">{t('back')}</Link>
        </li>
      </ul>
      <section aria-labelledby="report-zalo" className={styles.noPrint}>
        <h2 id="report-zalo">{t('report.zalo')}</h2>
        <label htmlFor="zalo-text">{t('report.zaloHint')}</label>
        <textarea id="zalo-text" className={styles.message} readOnly rows={message.split('\n').length + 1} defaultValue={message} />
        <CopyButton target="zalo-text" label={t('report.copy')} copied={t('report.copied')} failed={t('report.copyFailed')} />
      </section>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`report-${section.key}`}>
          <h2 id={`report-${section.key}`}>{section.title}</h2>
          <table className={styles.stack}>
            <thead>
              <tr>
                {section.columns.map((column) => (
                  <th scope="col" key={column}>{column}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {section.rows.map(([name, ...cells]) => (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  {cells.map((value, i) => (
                    <td key={i} data-label={section.columns[i + 1]} className={styles.numeric}>{cell(value)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
