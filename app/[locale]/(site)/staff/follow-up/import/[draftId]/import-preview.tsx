import { getTranslations } from 'next-intl/server';
import { maskedId } from '@/lib/campaign/person-key';
import type { ImportPerson } from '@/lib/campaign/import-rows';
import { formatPhone } from '@/lib/phone';

type Props = { people: ImportPerson[]; hamlets: { id: number; name: string }[]; showId: boolean; showStatus: boolean };

/** The first valid rows as they will be stored; the ID number only as its last digits, since it is not kept. */
export async function ImportPreview({ people, hamlets, showId, showStatus }: Props) {
  const t = await getTranslations('StaffFollowUp.draft');
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="preview">
      <h2 id="preview">{t('preview')}</h2>
      <p>{t('previewNote')}</p>
      <div className="table-scroll" role="region" aria-labelledby="preview" tabIndex={0}>
        <table>
          <caption>{t('previewCaption', { count: people.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('row')}</th>
              <th scope="col">{t('columns.fullName')}</th>
              <th scope="col">{t('columns.birthYear')}</th>
              <th scope="col">{t('columns.hamlet')}</th>
              <th scope="col">{t('columns.address')}</th>
              <th scope="col">{t('columns.phone')}</th>
              {showId && <th scope="col">{t('columns.idNumber')}</th>}
              {showStatus && <th scope="col">{t('columns.status')}</th>}
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.row}>
                <th scope="row">{person.row}</th>
                <td>{person.fullName}</td>
                <td>{person.birthYear ?? '—'}</td>
                <td>{hamlets.find((hamlet) => hamlet.id === person.hamletId)?.name}</td>
                <td>{person.address || '—'}</td>
                <td>{person.phone ? formatPhone(person.phone) : '—'}</td>
                {showId && <td>{person.idNumber ? maskedId(person.idNumber) : '—'}</td>}
                {showStatus && <td>{t(person.level2 ? 'statusValues.level2' : 'statusValues.notYet')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
