import { getTranslations } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { listOutcomes } from '@/db/queries/outcomes';
import type { Scope } from '@/db/queries/staff';
import { Link } from '@/app/_components/link';
import { localTime } from '@/lib/time';
import { outcomeSummary, outcomeText } from './outcome-text';
import { nameOrRemoved } from '@/lib/retention';

/**
 * A day's outcomes without a booking: walk-ins, house visits and citizens'
 * own reports. A self-report not yet confirmed says so, with the way to
 * confirm it, so nobody takes it for a record the team made.
 */
export async function WalkInList({ scope, day }: { scope: Scope; day: string }) {
  const [t, text] = await Promise.all([getTranslations('Staff'), outcomeText()]);
  const walkIns = await listOutcomes((await getDatabase()).db, scope, { day, withoutBooking: true });
  return (
    <section aria-labelledby="walk-ins">
      <h2 id="walk-ins">{t('today.walkIns')}</h2>
      {walkIns.length === 0 && <p>{t('today.walkInsNone')}</p>}
      <ul className="booking-list">
        {walkIns.map(({ outcome, hamletName }) => (
          <li key={outcome.id} className="card">
            <span className="card-title">
              {localTime(outcome.createdAt)} · {nameOrRemoved(outcome, t('removed'))} · {hamletName}
            </span>
            {outcome.status === 'self-reported' && (
              <span>
                <span className="badge">{t('today.selfReported')}</span> <Link href="/staff/self-reports">{t('today.confirmReports')}</Link>
              </span>
            )}
            <span>{outcomeSummary(outcome, text)}</span>
            {outcome.householdNote && <span>{outcome.householdNote}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
