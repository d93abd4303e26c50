import { getTranslations } from 'next-intl/server';

/** The file's columns the import leaves out, by number and header, so none is dropped without a word. */
export async function UnusedColumns({ header, unused }: { header: string[]; unused: number[] }) {
  const t = await getTranslations('StaffFollowUp.draft');
  return (
    <section aria-labelledby="unused">
      <h2 id="unused">{t('unused')}</h2>
      {unused.length === 0 ? (
        <p>{t('allUsed')}</p>
      ) : (
        <>
          <p>{t('unusedHint', { count: unused.length })}</p>
          <ul>
            {unused.map((index) => (
              <li key={index}>{t('column', { number: index + 1, name: header[index] || '—' })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
