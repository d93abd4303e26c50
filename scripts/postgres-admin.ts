import pg from 'pg';

/** The PostgreSQL server on which tests and the bench create their throwaway databases. */
export const ADMIN_URL = process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Why the server cannot be used, or null when it answers. */
export async function postgresUnavailableReason(): Promise<string | null> {
  try {
    await admin('select 1');
    return null;
  } catch (error) {
    return `PostgreSQL at ${new URL(ADMIN_URL).host} does not answer (${(error as Error).message})`;
  }
}

/** Creates a database, empty or a copy of `template` (replacing a leftover of the same name), and returns its URL. */
export async function createDatabase(name: string, template?: string): Promise<string> {
  await dropDatabase(name);
  await admin(`create database ${name}${template ? ` template ${template}` : ''}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(name: string): Promise<void> {
  await admin(`drop database if exists ${name} with (force)`);
}
