import type { CampaignReport } from '@/db/queries/campaign-report';
import type { Locale } from '@/i18n/routing';
import { OUTCOME_BLOCKERS, OUTCOME_CASES, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { textFor } from '@/lib/text';
import { percentText } from './percent-text';
import { shareOf } from './pro-rate';

export interface ReportSection {
  key: 'funnel' | 'cases' | 'groups' | 'blockers';
  title: string;
  note?: string;
  columns: string[];
  /** The first cell names the row; the others are counts, or a share as text. */
  rows: [string, ...(number | string)[]][];
}

/** The daily report as titled tables, the same for the printable page and the .xlsx file. */
export function reportSections(report: CampaignReport, locale: Locale): ReportSection[] {
  const t = textFor(locale, 'StaffCampaign');
  const staff = textFor(locale, 'Staff');
  const outcome = (key: string) => staff(`outcome.${key}` as 'outcome.case');
  const dayTotal = [t('report.day1'), t('report.total')];
  return [
    {
      key: 'funnel',
      title: t('report.funnel'),
      columns: [t('report.item'), ...dayTotal],
      rows: (['booked', 'came', 'activated', 'selfReported', 'blocked'] as const).map((k) => [t(`funnel.${k}`), report.funnel[k].day, report.funnel[k].total]),
    },
    {
      key: 'cases',
      title: t('report.cases'),
      note: t('report.casesNote'),
      columns: [outcome('case'), `${t('report.recorded')}: ${dayTotal[0]}`, `${t('report.recorded')}: ${dayTotal[1]}`, t('report.activatedDay'), t('report.activatedTotal')],
      rows: ([...OUTCOME_CASES, 'none'] as const).map((c) => {
        const counts = report.cases[c];
        return [c === 'none' ? t('report.noCase') : outcome(`cases.${c}`), counts.recorded.day, counts.recorded.total, counts.activated.day, counts.activated.total];
      }),
    },
    {
      key: 'groups',
      title: t('report.groups'),
      columns: [outcome('targetGroup'), ...dayTotal, t('report.population'), t('report.share')],
      rows: TARGET_GROUPS.map((g) => {
        const { activated, population } = report.groups[g];
        return [outcome(`groups.${g}`), activated.day, activated.total, population, percentText(shareOf(activated.total, population), locale)];
      }),
    },
    {
      key: 'blockers',
      title: t('report.blockers'),
      columns: [t('blockers.reason'), ...dayTotal],
      rows: OUTCOME_BLOCKERS.map((r) => [outcome(`blockers.${r}`), report.blockers[r].day, report.blockers[r].total]),
    },
  ];
}
