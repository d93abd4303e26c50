import type { CampaignReport } from '@/db/queries/campaign-report';
import { formatDate } from '@/lib/dates';
import { textFor } from '@/lib/text';
import { percentText } from '@/lib/campaign/percent-text';

/**
 * The daily report as a short plain text to paste into the ward's Zalo group,
 * in Vietnamese whatever the page's language: the ward and day, the totals,
 * then a line per hamlet.
 */
export function reportText(report: CampaignReport): string {
  const t = textFor('vi', 'StaffCampaign');
  const pct = (value: number | null) => percentText(value, 'vi');
  const { total } = report;
  return [
    t('report.text.head', { ward: report.ward.name, date: formatDate(report.day, 'vi', 'date') }),
    t('report.text.reached', { reached: total.reached.total, population: total.population, share: pct(total.share), day: total.reached.day }),
    t('report.text.parts', { before: total.before, staff: total.staff.total, police: total.police.total }),
    t('report.text.due', { due: total.due, dueShare: pct(total.dueShare), gap: total.gap }),
    t('report.text.hamlets'),
    ...report.hamlets.map((h) => t('report.text.hamlet', { name: h.name, reached: h.reached.total, population: h.population, share: pct(h.share), day: h.reached.day, gap: h.gap })),
  ].join('\n');
}
