import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { listHelpPoints } from '@/db/queries/help-points';
import { listKiosks } from '@/db/queries/kiosks';
import type { Locale } from '@/i18n/routing';
import { formatWhen } from '@/lib/dates';
import { requireStaff } from '@/app/_services/staff/session';
import { enableKiosk, revokeKioskAction } from './actions';
import { pageTitle } from '@/i18n/page-title';
import { LocalLinksWarning } from '../_components/local-links-warning';

export const generateMetadata = pageTitle('StaffKiosks.title');

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ error?: string; revoked?: string }> };

/** The kiosks of one's area, with when each was last seen, and turning this device into one. */
export default async function KiosksPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const search = await searchParams;
  const t = await getTranslations('StaffKiosks');
  const { db } = await getDatabase();
  const [points, kiosks] = await Promise.all([listHelpPoints(db, { scope: staff.scope }), listKiosks(db, staff.scope)]);
  const error = search.error === 'point' || search.error === 'label' || search.error === 'oneLine' ? t(`errors.${search.error}`) : undefined;
  return (
    <div className="page narrow">
      <h1>{t('title')}</h1>
      <LocalLinksWarning />
      <p>{t('intro')}</p>
      {search.revoked && (
        <p className="notice notice-success" role="status">
          {t('revoked')}
        </p>
      )}

      <section aria-labelledby="enable">
        <h2 id="enable">{t('enableTitle')}</h2>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <form action={enableKiosk}>
          <div className="field">
            <label htmlFor="helpPointId">{t('point')}</label>
            <select id="helpPointId" name="helpPointId" required>
              {points.map(({ helpPoint, hamletName }) => (
                <option key={helpPoint.id} value={helpPoint.id}>
                  {helpPoint.name} ({hamletName})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="label">{t('label')}</label>
            <p className="hint" id="label-hint">
              {t('labelHint')}
            </p>
            <input id="label" name="label" maxLength={60} aria-describedby="label-hint" />
          </div>
          <p className="note">{t('enableNote')}</p>
          <button type="submit" className="button button-primary">
            {t('enable')}
          </button>
        </form>
      </section>

      <section aria-labelledby="kiosks">
        <h2 id="kiosks">{t('listTitle')}</h2>
        {kiosks.length === 0 && <p>{t('none')}</p>}
        <ul className="booking-list">
          {kiosks.map(({ device, helpPointName }) => (
            <li key={device.id} className="card">
              <span className="card-title">{device.label || `${t('device')} ${device.id}`}</span>
              <span>{helpPointName}</span>
              <span>
                {t('created')}: {formatWhen(device.createdAt, locale, 'dayShort')}
              </span>
              <span>
                {t('lastSeen')}: {device.lastSeenAt ? formatWhen(device.lastSeenAt, locale, 'dayShort') : t('never')}
              </span>
              <span>
                {t('status')}: {device.revokedAt ? t('revokedAt', { time: formatWhen(device.revokedAt, locale, 'dayShort') }) : t('active')}
              </span>
              {!device.revokedAt && (
                <form action={revokeKioskAction}>
                  <input type="hidden" name="id" value={device.id} />
                  <button type="submit" className="button button-danger-outline">
                    {t('revoke')}
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
