import { getTranslations } from 'next-intl/server';
import { Link } from '@/app/_components/link';
import type { PersonRecord } from '@/db/queries/person-detail';
import type { LikelyPair } from '@/db/queries/person-merge';
import type { Locale } from '@/i18n/routing';
import { survivorOf } from '@/lib/campaign/person-likeness';
import { decidePairAction } from './actions';
import { PersonFacts } from './person-facts';
import styles from './people.module.css';
import { RecordList } from './record-list';

type Props = { pair: LikelyPair; records: PersonRecord[]; list: { hamlet?: number; page: number }; locale: Locale };

/** Two people side by side with what the register knows of each, and the two answers staff can give. */
export async function PairCard({ pair, records, list, locale }: Props) {
  const t = await getTranslations('StaffPeople');
  const { survivor, merged } = survivorOf(pair.a, pair.b);
  const titleId = `pair-${pair.a.id}-${pair.b.id}`;
  return (
    <article className={`card ${styles.pair}`} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title}>
        {t('pairTitle', { a: pair.a.fullName, b: pair.b.fullName })}
      </h3>
      <p className="hint">{t(`likeness.${pair.likeness}`)}</p>
      <div className={styles.sides}>
        {[pair.a, pair.b].map((person) => (
          <section key={person.id} aria-label={t('personNumber', { name: person.fullName, id: person.id })}>
            <h4 className={styles.name}>
              <Link href={`/staff/people/${person.id}`}>{t('personNumber', { name: person.fullName, id: person.id })}</Link>
            </h4>
            <PersonFacts person={person} locale={locale} />
            <RecordList records={records.filter((record) => record.rootId === person.id)} personId={person.id} locale={locale} />
          </section>
        ))}
      </div>
      <form action={decidePairAction} className={styles.decide}>
        <input type="hidden" name="keep" value={survivor.id} />
        <input type="hidden" name="other" value={merged.id} />
        {list.hamlet && <input type="hidden" name="hamlet" value={list.hamlet} />}
        <input type="hidden" name="page" value={list.page} />
        <p className="hint">{t('keeps', { name: survivor.fullName, id: survivor.id })}</p>
        <button type="submit" name="decision" value="merge" className="button button-primary">
          {t('merge')}
        </button>
        <button type="submit" name="decision" value="apart" className="button">
          {t('apart')}
        </button>
      </form>
    </article>
  );
}
