import pg from 'pg';

async function query(this: pg.Pool, config: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
  const client = await this.connect();
  let lost: Error | undefined;
  // An error event with no listener would stop the process; the pool listens only while a connection is idle.
  const onError = (error: Error) => (lost = error);
  client.on('error', onError);
  try {
    return await client.query(config, values);
  } catch (error) {
    if (!(error instanceof pg.DatabaseError)) lost ??= error as Error;
    throw error;
  } finally {
    client.off('error', onError);
    client.release(lost);
  }
}

/**
 * pg's Pool, except that a query the database refused gives its connection
 * back rather than closing it. pg's own `pool.query` closes the connection on
 * any error, so each refused booking (book_seats raises "full") cost a new
 * connection: on PostgreSQL a new server process, on PGlite a new session.
 * A connection that was lost is still closed: pg marks it unusable and the
 * pool drops it on release. Only the promise form is offered, the one Drizzle
 * and this app use.
 */
export class Pool extends pg.Pool {}
Pool.prototype.query = query as pg.Pool['query'];
