import { getTranslations } from 'next-intl/server';
import type { AccountText } from './account-form';

/** The account form's text, picked on the server so the browser gets no message catalogue. */
export async function accountText(submit: 'createButton' | 'save'): Promise<AccountText> {
  const [t, tStaff, tForm] = await Promise.all([getTranslations('StaffAccounts'), getTranslations('Staff'), getTranslations('BookForm')]);
  return {
    fields: t.raw('fields') as Record<string, string>,
    roles: tStaff.raw('roles') as Record<string, string>,
    errors: t.raw('errors') as Record<string, string>,
    chooseWard: t('chooseWard'),
    submit: t(submit),
    saved: t('saved'),
    errorSummary: tForm('errorSummary'),
    created: { title: t.raw('created.title') as string, password: t('created.password'), note: t('created.note'), open: t('created.open'), list: t('backToList') },
  };
}
