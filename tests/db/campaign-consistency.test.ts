import { eq, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { createTranslator } from 'next-intl';
import { expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { campaignProgress, type Progress } from '@/db/queries/campaign-progress';
import { type CampaignReport, campaignReport } from '@/db/queries/campaign-report';
import { listTargets } from '@/db/queries/campaign-targets';
import { rawRows } from '@/db/queries/raw-sql';
import { removeExpiredPersonalData } from '@/db/queries/retention';
import { peopleListBatches, peopleListPage } from '@/db/queries/people-list';
import { type CampaignTarget, places } from '@/db/schema';
import { FUNNEL } from '@/lib/campaign/funnel';
import { peopleExportRows, type Translate } from '@/app/_services/campaign/person-entry';
import { REACHED, TO_HELP_STAGES } from '@/lib/campaign/person-values';
import { reportSheet } from '@/app/_services/campaign/report-sheet';
import { xlsxStream } from '@/lib/spreadsheet/xlsx';
import { OUTCOME_BLOCKERS } from '@/lib/staff/outcome-values';
import { textFor } from '@/lib/text';
import { addDays, toInstant } from '@/lib/time';
import { type Campaign, END, type Figures, figuresOf, generateCampaign, REIMPORT, START, statesOn } from './campaign-generator';
import { useDemoArea } from './demo-area';
import { seededRandom } from './seeded-random';
import { describeEachEngine } from './test-database';
import vi from '@/messages/vi.json';

const figures = (p: Progress): Figures => ({
  people: p.people,
  booked: p.booked,
  came: p.came,
  staff: p.staff,
  police: p.police,
  before: p.before,
  reached: p.reached,
  selfReported: p.selfReported,
  blocked: p.blocked,
  blockers: p.blockers,
  absent: p.absent,
  closed: p.closed,
  population: p.population,
  due: p.due,
  gap: p.gap,
});

/** The report's .xlsx file as the district would open it: each row's cells as exceljs reads them back. */
async function sheetRows(report: CampaignReport): Promise<ExcelJS.CellValue[][]> {
  const file = await new Response(xlsxStream([reportSheet(report, 'vi')])).arrayBuffer();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file);
  return (workbook.worksheets[0].getSheetValues().filter(Boolean) as ExcelJS.CellValue[][]).map((row) => row.slice(1));
}

const t = textFor('vi', 'StaffCampaign');
const staffText = textFor('vi', 'Staff');

/** The figures the file holds for a ward, found by the rows' names, checked against the count made in the test. */
function expectSheet(rows: ExcelJS.CellValue[][], day: string, hamlets: { name: string; want: Figures }[], total: Figures) {
  const row = (name: string) => rows.find((r) => r[0] === name)!;
  expect(rows[1][1], day).toEqual(new Date(`${day}T00:00:00Z`));
  for (const { name, want } of [...hamlets, { name: t('report.wardTotal'), want: total }]) {
    const [, population, dueShare, due, reachedDay, reachedTotal, share, gap] = row(name);
    expect({ population, due, reachedDay, reachedTotal, gap }, `${day} ${name}`).toEqual({ population: want.population, due: want.due, reachedDay: want.reached.day, reachedTotal: want.reached.total, gap: want.gap });
    expect(share as number, `${day} ${name}`).toBeCloseTo(want.reached.total / want.population, 9);
    expect(dueShare as number, `${day} ${name}`).toBeCloseTo(want.due / want.population, 9);
  }
  for (const step of FUNNEL) {
    const value = total[step];
    expect(row(t(`funnel.${step}`)).slice(1), `${day} ${step}`).toEqual(typeof value === 'number' ? [undefined, value] : [value.day, value.total]);
  }
  for (const b of OUTCOME_BLOCKERS) expect(row(staffText(`outcome.blockers.${b}`))[1], `${day} ${b}`).toBe(total.blockers[b]);
}

describeEachEngine('one set of counting rules: the dashboard, the daily report, its .xlsx file, the visit list and its file, and a count made here agree', (database: () => Database) => {
  const { staff } = useDemoArea(database, ['admin', 'kiemtra-bimson']);
  let campaign: Campaign;
  let targets: CampaignTarget[];
  let wardId: number;

  it('generates a campaign: the police list, bookings, contradictory outcomes, reviewed self-reports, closings and a shorter list', async () => {
    const { db } = database();
    campaign = await generateCampaign(db, seededRandom(2026), 'bim-son', 'quang-trung', staff.admin.user);
    targets = await listTargets(db);
    [{ id: wardId }] = await db.select({ id: places.id }).from(places).where(eq(places.code, 'bim-son'));
    const before = statesOn(campaign, START).filter((s) => s.reached === 'before').length;
    expect(before / statesOn(campaign, START).length).toBeCloseTo(0.4, 1);
    expect(statesOn(campaign, REIMPORT).filter((s) => s.stage === 'absent').length).toBeGreaterThan(100);
  });

  it('counts the same people on the dashboard, in the daily report and in its file as the test does, for every day', async () => {
    const { db } = database();
    const { scope } = staff['kiemtra-bimson'];
    const lastDay = addDays(END, 3);
    for (let day = addDays(START, -1); day <= lastDay; day = addDays(day, 1)) {
      const states = statesOn(campaign, day);
      const want = figuresOf(states, campaign, campaign.wardHamlets, targets, day);
      const [progress, report] = await Promise.all([campaignProgress(db, scope, day), campaignReport(db, scope, wardId, day)]);
      expect(figures(progress!.total), day).toEqual(want);
      const hamlets = progress!.units.map((unit) => ({ name: unit.name, want: figuresOf(states, campaign, [unit.id], targets, day) }));
      for (const [i, unit] of progress!.units.entries()) expect(figures(unit), `${day} ${unit.name}`).toEqual(hamlets[i].want);
      expect(report!.total).toEqual(progress!.total);
      expect(report!.hamlets).toEqual(progress!.units);
      expectSheet(await sheetRows(report!), day, hamlets, want);
    }
    // Forty days on two engines, each read three ways: seconds alone, more on CI's two busy cores.
  }, 120_000);

  it('gives the admin the same ward, within the whole area', async () => {
    const { db } = database();
    for (const day of [START, REIMPORT, END]) {
      const area = await campaignProgress(db, staff.admin.scope, day);
      const ward = area!.units.find((unit) => unit.id === wardId)!;
      expect(figures(ward), day).toEqual(figuresOf(statesOn(campaign, day), campaign, campaign.wardHamlets, targets, day));
    }
  });

  it('lists on the visit list, and writes in its file, the same people as the count made here', async () => {
    const { db } = database();
    const { scope } = staff['kiemtra-bimson'];
    const listed = async (day: string, stages?: readonly (typeof TO_HELP_STAGES)[number][] | typeof REACHED | ['closed'] | ['absent']) => (await peopleListPage(db, scope, { stages }, day, 1, 0)).total;
    for (const day of [START, REIMPORT, END]) {
      const states = statesOn(campaign, day).filter((s) => campaign.wardHamlets.includes(s.hamletId));
      const stage = (...stages: string[]) => states.filter((s) => stages.includes(s.stage)).length;
      expect(await listed(day), day).toBe(states.length);
      expect(await listed(day, TO_HELP_STAGES), day).toBe(stage('self-reported', 'other'));
      expect(await listed(day, REACHED), day).toBe(stage('reached'));
      expect(await listed(day, ['closed']), day).toBe(stage('closed'));
      expect(await listed(day, ['absent']), day).toBe(stage('absent'));
      const file: unknown[][] = [];
      for await (const row of peopleExportRows(createTranslator({ locale: 'vi', messages: vi }) as Translate, peopleListBatches(db, scope, { stages: TO_HELP_STAGES }, day, 500))) file.push(row);
      // The header, then a row per person.
      expect(file.length - 1, day).toBe(stage('self-reported', 'other'));
    }
  });

  it('counts the same people once retention has removed every name after the campaign, and lists them as removed', async () => {
    const { db } = database();
    const { scope } = staff['kiemtra-bimson'];
    expect(await removeExpiredPersonalData(db, toInstant(addDays(END, 60), '12:00'), 30)).toMatchObject({ campaignOver: true });
    const named = await rawRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from (select anonymised_at, full_name from bookings union all select anonymised_at, full_name from outcomes union all select anonymised_at, full_name from people) r
        where anonymised_at is null or full_name <> ''`,
    );
    expect(named).toEqual([{ n: 0 }]);
    for (const day of [START, REIMPORT, END]) {
      expect(figures((await campaignProgress(db, scope, day))!.total), day).toEqual(figuresOf(statesOn(campaign, day), campaign, campaign.wardHamlets, targets, day));
    }
    const names = new Set<unknown>();
    for await (const [, , name] of peopleExportRows(createTranslator({ locale: 'vi', messages: vi }) as Translate, peopleListBatches(db, scope, {}, END, 500))) names.add(name);
    // The header's, then every person's.
    expect(names).toEqual(new Set([vi.StaffFollowUp.export.fullName, vi.Staff.removed]));
  });
});
