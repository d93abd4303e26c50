import type { CampaignReport } from '@/db/queries/campaign-report';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/dates';
import type { Sheet, XlsxCell } from '@/lib/spreadsheet/xlsx';
import { textFor } from '@/lib/text';
import { reportSections } from './report-sections';

/** The daily report as one .xlsx sheet: its title and day, then each section of the printable page under its title, one after the other. */
export function reportSheet(report: CampaignReport, locale: Locale): Sheet {
  const t = textFor(locale, 'StaffCampaign');
  const rows: XlsxCell[][] = [
    [t('report.titleOf', { date: formatDate(report.day, locale, 'date'), place: report.ward.name })],
    [t('report.day'), { day: report.day }],
    [t('report.notice', { date: formatDate(report.day, locale, 'date') })],
    ...reportSections(report, locale).flatMap((section) => [[], [section.title], section.columns, ...section.rows]),
  ];
  return { name: t('report.sheet'), rows, widths: [34, ...Array(8).fill(14)] };
}
