import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import { getDatabase } from '@/db/client';
import { listTargets } from '@/db/queries/campaign-targets';
import { messageCode } from '@/i18n/message-code';
import type { Locale } from '@/i18n/routing';
import { targetPhases } from '@/lib/campaign/pro-rate';
import { ALL_ELIGIBLE } from '@/lib/campaign/target-schema';
import { formatDate } from '@/lib/dates';
import { recordId } from '@/lib/record-id';
import { requireStaff } from '@/app/_services/staff/session';
import { localDate } from '@/lib/time';
import styles from '../campaign.module.css';
import { deleteTargetAction } from './actions';
import { TargetForm } from './target-form';
import { pageTitle } from '@/i18n/page-title';

export const generateMetadata = pageTitle('StaffCampaign.targetsPage.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ edit?: string; saved?: string; deleted?: string; error?: string }> };

/** The admin's list of the campaign's targets, with the form that adds one or edits the one chosen. */
export default async function CampaignTargetsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff('admin');
  const search = await searchParams;
  const [t, groups, all, messages, targets] = await Promise.all([
    getTranslations('StaffCampaign.targetsPage'),
    getTranslations('Staff.outcome.groups'),
    getTranslations('StaffCampaign'),
    getMessages(),
    listTargets((await getDatabase()).db),
  ]);
  const error = messageCode(t.raw('errors'), search.error);
  const editing = search.edit ? targets.find((target) => target.id === recordId(search.edit)) : undefined;
  const groupName = (group: string | null) => (group ? groups(group as 'official') : all('targets.allEligible'));
  const today = localDate(new Date());
  const day = (date: string) => formatDate(date, locale, 'date');
  const initial = editing
    ? { group: editing.targetGroup ?? ALL_ELIGIBLE, percent: String(editing.percent), startsOn: editing.startsOn, dueOn: editing.dueOn, encouraged: editing.encouraged ? 'on' : '' }
    : { group: ALL_ELIGIBLE, percent: '100', startsOn: today, dueOn: today, encouraged: '' };

  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        <Link href="/staff/campaign" className="button">{all('back')}</Link>
      </p>
      {search.saved && <p className="notice notice-success" role="status">{t('saved')}</p>}
      {search.deleted && <p className="notice notice-success" role="status">{t('deleted')}</p>}
      {error && <p className="notice notice-error" role="alert">{t(`errors.${error}` as 'errors.not-found')}</p>}

      <section aria-labelledby="existing-title">
        <h2 id="existing-title">{t('existing')}</h2>
        {targets.length === 0 && <p>{t('none')}</p>}
        <ul className="booking-list">
          {targetPhases(targets).map((steps) => (
            <li key={steps[0].targetGroup ?? ALL_ELIGIBLE} className="card">
              <span className="card-title">{groupName(steps[0].targetGroup)}</span>
              {steps.length > 1 && <span>{steps.map((step) => t('step', { percent: step.percent, due: day(step.dueOn) })).join(' → ')}</span>}
              {steps.map((target) => (
                <div key={target.id}>
                  <span>
                    {t('summary', { percent: target.percent, from: day(target.startsOn), due: day(target.dueOn) })}
                    {target.encouraged && ` · ${all('targets.encouraged')}`}
                  </span>
                  <div className={styles.links}>
                    <Link href={{ pathname: '/staff/campaign/targets', query: { edit: target.id } }} className="button">
                      {t('editStep', { group: groupName(target.targetGroup), percent: target.percent, due: day(target.dueOn) })}
                    </Link>
                    <form action={deleteTargetAction}>
                      <input type="hidden" name="id" value={target.id} />
                      <button type="submit" className="button button-danger-outline">{t('delete')}</button>
                    </form>
                  </div>
                </div>
              ))}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="form-title">
        <h2 id="form-title">{editing ? t('editStep', { group: groupName(editing.targetGroup), percent: editing.percent, due: day(editing.dueOn) }) : t('add')}</h2>
        <NextIntlClientProvider messages={{ StaffCampaign: { targetsPage: messages.StaffCampaign.targetsPage, targets: messages.StaffCampaign.targets }, Staff: { outcome: { groups: messages.Staff.outcome.groups } } }}>
          <TargetForm key={editing?.id ?? 'new'} id={editing?.id} initial={initial} />
        </NextIntlClientProvider>
      </section>
    </div>
  );
}
