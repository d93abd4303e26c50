import { eq, sql } from 'drizzle-orm';
import { type Database, openDatabase } from '@/db/client';
import type { DbConfig } from '@/db/config';
import { migrateDatabase } from '@/db/migrate';
import { importPoliceList } from '@/db/queries/police-import';
import { readPlacesFile, seedArea } from '@/db/seed';
import { places, staffUsers } from '@/db/schema';
import { guessColumns, mapRows } from '@/lib/campaign/import-columns';
import { type Row, round, row } from './table';

const LISTED = 75_000;
const DROPPED = 5_000;
// People the register has from bookings before the list names them (found by name and phone, not added twice).
const BOOKED = 5_000;
const HEADER = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Địa chỉ', 'Số điện thoại', 'Trạng thái'];

const fullName = (i: number) => `Nguyễn Văn Danh Sách ${i}`;
const phone = (i: number) => (i % 3 === 0 ? `09${String(10_000_000 + i).slice(-8)}` : '');

/** The police's list as a draft holds it: person i of the town, 40 % at level 2 on the first list and 10 % more on the later one. */
function policeList(hamlets: string[], from: number, later: boolean): string[][] {
  return Array.from({ length: LISTED - from }, (_, n) => {
    const i = from + n;
    const level2 = i % 5 < 2 || (later && i % 10 === 2);
    return [String(n + 1), fullName(i), `${1 + (i % 28)}/${1 + (i % 12)}/${1940 + (i % 60)}`, String(38_000_000_000 + i).padStart(12, '0'), hamlets[i % hamlets.length], phone(i), level2 ? 'Đã kích hoạt mức 2' : 'Chưa kích hoạt'];
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: performance.now() - start };
}

async function importList(database: Database, rows: string[][], fileName: string) {
  const [admin] = await database.db.select().from(staffUsers).where(eq(staffUsers.username, 'admin'));
  const { result, ms } = await timed(() => importPoliceList(database.db, admin, { all: true }, mapRows(rows, guessColumns(HEADER)), fileName));
  if (!result.ok) throw new Error(`the bench's list was refused: ${JSON.stringify(result.reports.slice(0, 3))}`);
  return { counts: result, ms };
}

/**
 * The police's list as a town's re-import meets it: a first list of 75,000
 * people (5,000 of them already in the register from bookings) imported into
 * a fresh database, then a newer list of 70,000 that leaves 5,000 out and
 * says 10 % more are at level 2, timed from the draft's rows to the commit.
 */
export async function policeReimportRows(name: string, config: DbConfig): Promise<Row[]> {
  const database = await openDatabase(config);
  try {
    await migrateDatabase(database);
    await seedArea(database.db, readPlacesFile());
    const hamlets = await database.db.select({ id: places.id, name: places.name }).from(places).where(eq(places.kind, 'hamlet')).orderBy(places.id);
    await database.db.execute(sql`
      insert into people (hamlet_id, source, full_name, phone)
      select (${sql.param(hamlets.map((h) => h.id))}::int[])[1 + i % ${hamlets.length}], 'booking', 'Nguyễn Văn Danh Sách ' || i, '+849' || right((10000000 + i)::text, 8)
      from generate_series(0, ${BOOKED * 3 - 1}, 3) i`);
    const names = hamlets.map((h) => h.name);
    const first = await importList(database, policeList(names, 0, false), 'ds-cong-an-1.xlsx');
    const again = await importList(database, policeList(names, DROPPED, true), 'ds-cong-an-2.xlsx');
    if (first.counts.added !== LISTED - BOOKED) throw new Error(`the first list added ${first.counts.added}, not ${LISTED - BOOKED}`);
    if (again.counts.absent !== DROPPED) throw new Error(`the re-import marked ${again.counts.absent} absent, not ${DROPPED}`);
    return [
      row(`police import (${name})`, `first list, ${LISTED.toLocaleString('en')} rows (${BOOKED.toLocaleString('en')} already booked)`, '—', round(first.ms / 1000, 1), 's', null),
      row(`police import (${name})`, `re-import of ${(LISTED - DROPPED).toLocaleString('en')} rows leaving ${DROPPED.toLocaleString('en')} out`, '≤ 20 s', round(again.ms / 1000, 1), 's', again.ms <= 20_000),
    ];
  } finally {
    await database.close();
  }
}
