/** The app's languages, Vietnamese first; a plain list the database schema and the browser can both import. */
export const LOCALES = ['vi', 'en'] as const;
