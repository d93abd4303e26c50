import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { campaignProgress, type CampaignProgress, type Focus } from '@/db/queries/campaign-progress';
import { demoPopulationHamlets } from '@/db/queries/hamlet-population';
import type { Locale } from '@/i18n/routing';
import { FUNNEL, funnelStep } from '@/lib/campaign/funnel';
import { percentText } from '@/lib/campaign/percent-text';
import { dayFromQuery, formatDate } from '@/lib/dates';
import { OUTCOME_BLOCKERS } from '@/lib/staff/outcome-values';
import { recordId } from '@/lib/record-id';
import { hasRole, requireStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';
import { DayField } from '../_components/day-field';
import styles from './campaign.module.css';
import { Bar } from './_components/bar';
import { CompareTable } from './_components/compare-table';
import { TargetTable } from './_components/target-table';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffCampaign.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ ward?: string; hamlet?: string; day?: string }> };

/** The target a single figure is held against: the all-eligible target due last, else the first. */
const headlineOf = (progress: CampaignProgress) => {
  const everyone = progress.targets.map((t, i) => [t, i] as const).filter(([t]) => t.targetGroup === null);
  return everyone.length ? everyone.reduce((a, b) => (b[0].dueOn > a[0].dueOn ? b : a))[1] : 0;
};

/**
 * "How far are we" at the end of a day (today, or `?day=` as the daily report
 * takes it): the funnel, the targets, the wards or hamlets compared, and what
 * blocks people, for the scope or one unit of it.
 */
export default async function CampaignPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = await searchParams;
  const focus: Focus = search.hamlet ? { hamletId: recordId(search.hamlet) } : search.ward ? { wardId: recordId(search.ward) } : {};
  const { day: asked, bad: badDay } = dayFromQuery(search.day);
  const day = asked ?? localDate(new Date());
  const { db } = await getDatabase();
  const [t, blockers, progress, demoHamlets] = await Promise.all([
    getTranslations('StaffCampaign'),
    getTranslations('Staff.outcome.blockers'),
    campaignProgress(db, staff.scope, day, focus),
    demoPopulationHamlets(db, staff.scope, focus),
  ]);
  // Another ward or hamlet answers like one that does not exist; a scope with no hamlets has nothing to show.
  if (!progress) {
    if (focus.wardId !== undefined || focus.hamletId !== undefined) notFound();
    return (
      <div className="page">
        <h1>{t('title')}</h1>
        <p>{t('empty')}</p>
      </div>
    );
  }
  const { place, total, units } = progress;
  const placeName = place && !(staff.user.role === 'member' && place.kind === 'ward') ? place.name : t('yourHamlets');
  const headline = headlineOf(progress);
  const main = total.targets[headline];
  const wardId = place?.kind === 'ward' ? place.id : place?.ward?.id;
  const up =
    place?.kind === 'hamlet' && staff.user.role !== 'member'
      ? { href: { pathname: '/staff/campaign', query: { ward: staff.scope.all ? place.ward?.id : undefined, day: asked } }, label: t('links.ward', { ward: place.ward?.name ?? '' }) }
      : place?.kind === 'ward' && staff.scope.all
        ? { href: { pathname: '/staff/campaign', query: { day: asked } }, label: t('links.area') }
        : undefined;
  const blocked = OUTCOME_BLOCKERS.filter((b) => total.blockers[b] > 0).sort((a, b) => total.blockers[b] - total.blockers[a]);
  const mostBlocked = Math.max(1, ...blocked.map((b) => total.blockers[b]));
  const funnel = FUNNEL.map((step) => [step, funnelStep(total, step).total] as const);
  const mostInFunnel = Math.max(1, ...funnel.map(([, count]) => count));

  return (
    <div className={`page ${styles.sheet}`}>
      <h1>{t('titleOf', { place: placeName })}</h1>
      {badDay && <p className="notice notice-error" role="alert">{t('report.badDay')}</p>}
      <p>{t('asOf', { date: formatDate(day, locale) })}</p>
      {demoHamlets > 0 && <p className="notice">{t('demoPopulation', { count: demoHamlets })}</p>}
      {main && <p>{t('daysLeft', { days: main.daysLeft, date: formatDate(main.target.dueOn, locale, 'date'), target: percentText(main.target.percent, locale) })}</p>}
      <form method="get" className={`inline-form ${styles.noPrint}`} aria-label={t('dayPick')}>
        {focus.wardId !== undefined && <input type="hidden" name="ward" value={focus.wardId} />}
        {focus.hamletId !== undefined && <input type="hidden" name="hamlet" value={focus.hamletId} />}
        <DayField label={t('dayLabel')} value={day} />
        <button type="submit" className="button">{t('report.show')}</button>
      </form>
      <nav aria-label={t('links.title')}>
        <ul className={styles.links}>
          {up && (
            <li>
              <Link href={up.href} className="button">{up.label}</Link>
            </li>
          )}
          <li>
            <Link href={{ pathname: '/staff/campaign/report', query: { ward: wardId, day: asked } }} className="button">{t('links.report')}</Link>
          </li>
          {hasRole(staff.user.role, 'supervisor') && (
            <li>
              <Link href="/staff/campaign/population" className="button">{t('links.population')}</Link>
            </li>
          )}
          {hasRole(staff.user.role, 'admin') && (
            <li>
              <Link href="/staff/campaign/targets" className="button">{t('links.targets')}</Link>
            </li>
          )}
        </ul>
      </nav>

      <section aria-labelledby="funnel-title">
        <h2 id="funnel-title">{t('funnel.title')}</h2>
        <table className={styles.stack}>
          <caption>{t('funnel.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('funnel.step')}</th>
              <th scope="col">{t('funnel.count')}</th>
            </tr>
          </thead>
          <tbody>
            {funnel.map(([step, count]) => (
              <tr key={step}>
                <th scope="row">{t(`funnel.${step}`)}</th>
                <td data-label={t('funnel.count')}>
                  <span className={styles.numeric}>{count}</span>
                  <Bar value={(100 * count) / mostInFunnel} label={t('funnel.chart', { label: t(`funnel.${step}`), count })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="targets-title">
        <h2 id="targets-title">{t('targets.title')}</h2>
        <TargetTable rows={total.targets} locale={locale} />
      </section>

      {units.length > 1 && (
        <section aria-labelledby="compare-title">
          <h2 id="compare-title">{t(units[0].kind === 'ward' ? 'compare.wards' : 'compare.hamlets')}</h2>
          <CompareTable units={units} headline={headline} locale={locale} day={asked} />
        </section>
      )}

      <section aria-labelledby="blockers-title">
        <h2 id="blockers-title">{t('blockers.title')}</h2>
        {blocked.length === 0 ? (
          <p>{t('blockers.none')}</p>
        ) : (
          <table className={styles.stack}>
            <thead>
              <tr>
                <th scope="col">{t('blockers.reason')}</th>
                <th scope="col">{t('blockers.count')}</th>
              </tr>
            </thead>
            <tbody>
              {blocked.map((b) => (
                <tr key={b}>
                  <th scope="row">{blockers(b)}</th>
                  <td data-label={t('blockers.count')}>
                    <span className={styles.numeric}>{total.blockers[b]}</span>
                    <Bar value={(100 * total.blockers[b]) / mostBlocked} label={t('funnel.chart', { label: blockers(b), count: total.blockers[b] })} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <details className={styles.noPrint}>
        <summary>{t('definitions.title')}</summary>
        {(['counting', 'booked', 'staff', 'before', 'blocked', 'absent', 'expected', 'gap'] as const).map((key) => (
          <p key={key}>{t(`definitions.${key}`)}</p>
        ))}
      </details>
    </div>
  );
}
