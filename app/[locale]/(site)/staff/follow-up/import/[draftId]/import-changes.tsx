import { getTranslations } from 'next-intl/server';
import type { ImportPlan } from '@/db/queries/police-import';

type Props = { changes: ImportPlan; hamlets: { id: number; name: string }[] };

/** What the import will do to the register, before it is done: who is added, updated, at level 2, and who is no longer on the list, per hamlet. */
export async function ImportChanges({ changes, hamlets }: Props) {
  const t = await getTranslations('StaffFollowUp.draft');
  const absent = changes.absent.reduce((sum, hamlet) => sum + hamlet.people, 0);
  return (
    <section aria-labelledby="changes">
      <h2 id="changes">{t('changes')}</h2>
      <ul>
        <li>{t('changesAdded', { count: changes.added })}</li>
        <li>{t('changesUpdated', { count: changes.updated })}</li>
        <li>{t('changesLevel2', { count: changes.level2 })}</li>
      </ul>
      {absent === 0 ? (
        <p>{t('changesAbsentNone')}</p>
      ) : (
        <>
          <p>{t('changesAbsent', { count: absent })}</p>
          <ul>
            {changes.absent.map(({ hamletId, people }) => (
              <li key={hamletId}>{t('absentHamlet', { hamlet: hamlets.find((hamlet) => hamlet.id === hamletId)?.name ?? hamletId, count: people })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
