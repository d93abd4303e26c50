import { expect, test } from '@playwright/test';
import pg from 'pg';
import { bookAtOnce, openSlots } from '../../scripts/bench/bookings';
import { type RunningServer, startServer } from '../../scripts/bench/server';
import { createDatabase, dropDatabase } from '../../scripts/postgres-admin';
import { vnDay } from './booking-helpers';

// The two servers' ports, beside the ones playwright.config.ts gives the shared servers.
const PORT = Number(process.env.E2E_PORT || 3100) + 2;

test('two app instances on one PostgreSQL never oversell: of 60 bookings sent to both at once for one slot, exactly its seats succeed', async () => {
  test.skip(process.env.E2E_POSTGRES === '0', 'no PostgreSQL server answers (scripts/test.ts says why)');
  // Two production servers start (and migrate the new database together) on a loaded machine.
  test.setTimeout(300_000);
  const name = `vneid_e2e_two_${PORT}`;
  const url = await createDatabase(name);
  const env = { DATABASE_URL: url, BOOKING_RATE_PER_MINUTE: '0' };
  const servers: RunningServer[] = [];
  try {
    const started = await Promise.allSettled([startServer({ port: PORT, env }), startServer({ port: PORT + 1, env })]);
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    const [a, b] = servers.map((server) => server.baseUrl);

    const { helpPoints } = await (await fetch(`${a}/api/help-points?ward=bim-son`)).json();
    const [slot] = await openSlots(a, [helpPoints[0].id], [vnDay(2)]);
    const counts = await bookAtOnce([a, b], [slot], 60, 0);
    expect(counts).toEqual({ '201': slot.seatsLeft, '409': 60 - slot.seatsLeft });

    for (const server of [a, b]) {
      const [again] = (await openSlots(server, [slot.helpPointId], [vnDay(2)])).filter((s) => s.startsAt === slot.startsAt);
      expect(again, `${server} still offers the slot`).toBeUndefined();
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ people: number }>(
        `select coalesce(sum(people), 0)::int as people from bookings where help_point_id = $1 and starts_at = $2 and status in ('pending', 'confirmed')`,
        [slot.helpPointId, slot.startsAt],
      );
      expect(rows[0].people).toBe(slot.seatsLeft);
    } finally {
      await client.end();
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabase(name);
  }
});
