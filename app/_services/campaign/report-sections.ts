import type { Progress } from '@/db/queries/campaign-progress';
import type { CampaignReport } from '@/db/queries/campaign-report';
import type { Locale } from '@/i18n/routing';
import { OUTCOME_BLOCKERS, TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { textFor } from '@/lib/text';
import { FUNNEL, funnelStep } from '@/lib/campaign/funnel';
import { shareOf } from '@/lib/campaign/pro-rate';

/** A figure of the report: a count of people, a share in percent (null without a population), or nothing (a step with no day). */
export type ReportCell = number | { percent: number | null } | null;

export interface ReportSection {
  key: 'hamlets' | 'funnel' | 'groups' | 'blockers';
  title: string;
  columns: string[];
  /** The first cell names the row. */
  rows: [string, ...ReportCell[]][];
}

/** A place's row of the table sent upward: its population, what is due by the day, reached on the day and in all, the share and the gap. */
const hamletRow = (name: string, p: Progress): [string, ...ReportCell[]] => [name, p.population, { percent: p.dueShare }, p.due, p.reached.day, p.reached.total, { percent: p.share }, p.gap];

/** The daily report as titled tables, the same for the printable page and the .xlsx file. */
export function reportSections(report: CampaignReport, locale: Locale): ReportSection[] {
  const t = textFor(locale, 'StaffCampaign');
  const outcome = textFor(locale, 'Staff');
  const dayTotal = [t('report.day1'), t('report.total')];
  return [
    {
      key: 'hamlets',
      title: t('report.hamlets'),
      columns: [t('report.hamlet'), t('report.population'), t('report.dueShare'), t('report.due'), t('report.reachedDay'), t('report.reachedTotal'), t('report.share'), t('report.gap')],
      rows: [...report.hamlets.map((h) => hamletRow(h.name, h)), hamletRow(t('report.wardTotal'), report.total)],
    },
    {
      key: 'funnel',
      title: t('report.funnel'),
      columns: [t('report.item'), ...dayTotal],
      rows: FUNNEL.map((step) => {
        const { day, total } = funnelStep(report.total, step);
        return [t(`funnel.${step}`), day, total];
      }),
    },
    {
      key: 'groups',
      title: t('report.groups'),
      columns: [outcome('outcome.targetGroup'), t('report.population'), t('report.before'), t('report.staff'), t('report.police'), t('report.reachedTotal'), t('report.share'), t('report.due'), t('report.gap')],
      rows: TARGET_GROUPS.map((g) => {
        const { population, before, staff, police, due, gap } = report.total.groups[g];
        const reached = before + staff.total + police.total;
        return [outcome(`outcome.groups.${g}`), population, before, staff.total, police.total, reached, { percent: shareOf(reached, population) }, due, gap];
      }),
    },
    {
      key: 'blockers',
      title: t('report.blockers'),
      columns: [t('blockers.reason'), t('report.count')],
      rows: OUTCOME_BLOCKERS.map((r) => [outcome(`outcome.blockers.${r}`), report.total.blockers[r]]),
    },
  ];
}
