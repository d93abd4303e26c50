import fs from 'node:fs';
import path from 'node:path';
import { and, count, eq, isNull, ne, notExists } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { OperatorError } from '@/lib/errors';
import { oneLine } from '@/lib/form-fields';
import { FULL_NAME_MAX, fullNameField } from '@/lib/full-name';
import type { Db } from './client';
import type { Tx } from './queries/tx';
import { addDays, localDate } from '@/lib/time';
import { hashPassword } from '@/lib/staff/password';
import { HH_MM, USUAL_HOURS } from '@/lib/booking/weekday-hours';
import { settings } from '@/lib/settings';
import { TARGET_GROUPS } from '@/lib/staff/outcome-values';
import { AREA_KINDS, campaignTargets, hamletPopulation, helpPoints, type PlaceKind, places, STAFF_ROLES, staffHamlets, staffUsers } from './schema';

type TargetGroup = (typeof TARGET_GROUPS)[number];

const CAMPAIGN_DAYS = 90;

const code = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'codes are lower-case letters, digits and dashes');
const ONE_LINE = 'one line, without line breaks or tabs';
const name = oneLine(z.string().trim().min(1).max(120), ONE_LINE);
const day = z.iso.date();

/**
 * How sure the file is of a unit: taken from an official text ('confirmed',
 * with its source), believed but not checked ('assumed'), or invented for the
 * demo ('demo'). For the people who keep the file; the app never shows it.
 */
const provenance = {
  status: z.enum(['confirmed', 'assumed', 'demo']).optional(),
  source: z.string().trim().min(1).max(300).optional(),
  note: z.string().trim().min(1).max(500).optional(),
};
const namesItsSource = (unit: { status?: string; source?: string }) => unit.status !== 'confirmed' || unit.source !== undefined;
const sourceMissing = { message: 'a confirmed unit names its source', path: ['source'] };

/** Files from before the 2025 reform have a "town" root; they still load, as an area of kind 'town'. */
function townAsArea(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('town' in raw) || 'area' in raw) return raw;
  const { town, ...rest } = raw as { town: unknown };
  return { ...rest, area: typeof town === 'object' && town !== null ? { kind: 'town', ...town } : town };
}

export const placesFileSchema = z.preprocess(
  townAsArea,
  z
    .object({
      /** The area the deployment covers: since July 2025 usually a province, whose wards and communes come next. */
      area: z.object({ kind: z.enum(AREA_KINDS), code, name, ...provenance }).refine(namesItsSource, sourceMissing),
      /** Accounts with known passwords for trying the app out; a real area's file leaves them out. */
      demoAccounts: z
        .array(
          z.object({
            username: code,
            displayName: fullNameField({ tooShort: `a person's name of 2 to ${FULL_NAME_MAX} characters`, tooLong: `a person's name of 2 to ${FULL_NAME_MAX} characters` }),
            role: z.enum(STAFF_ROLES),
            password: z.string().min(10),
            ward: code.optional(),
            hamlets: z.array(code).optional(),
          }),
        )
        .optional(),
      campaign: z
        .object({
          /** When help points take bookings; without them, from the day of seeding for CAMPAIGN_DAYS. */
          start: day.optional(),
          end: day.optional(),
          /** The plan's targets, seeded into an empty table only: after that the admin edits them. */
          targets: z
            .array(
              z
                .object({ group: z.enum(TARGET_GROUPS).nullable(), percent: z.number().int().min(1).max(100), from: day, due: day, encouraged: z.boolean().optional() })
                .refine((t) => t.from <= t.due, { message: 'a target is due after it starts', path: ['due'] }),
            )
            .optional(),
        })
        .refine((c) => (c.start === undefined) === (c.end === undefined), { message: 'the campaign has both a start and an end, or neither', path: ['end'] })
        .optional(),
      wards: z
        .array(
          z
            .object({
              code,
              kind: z.enum(['ward', 'commune']),
              name,
              ...provenance,
              /** Codes of wards and communes of an earlier file that were merged into this one. */
              formerly: z.array(code).optional(),
              hamlets: z
                .array(
                  z
                    .object({
                      code,
                      name,
                      ...provenance,
                      helpPoint: z
                        .object({
                          name: name.optional(),
                          address: name.optional(),
                          landmark: oneLine(z.string().max(200), ONE_LINE).optional(),
                          needsConfirmation: z.boolean().optional(),
                          /** The team's number at the help point: the offline page gives it, for a call when there is no data signal. */
                          phone: z.string().trim().regex(/^\+?\d[\d .]{7,18}\d$/, 'a phone number: digits, spaces or dots').optional(),
                          /** Its usual hours when not 07:30–22:00 every day; supervisors change them in the app afterwards. */
                          opensAt: z.string().regex(HH_MM, 'HH:mm').optional(),
                          closesAt: z.string().regex(HH_MM, 'HH:mm').optional(),
                        })
                        .refine((p) => (p.opensAt ?? USUAL_HOURS.opensAt) < (p.closesAt ?? USUAL_HOURS.closesAt), { message: 'a help point opens before it closes', path: ['closesAt'] })
                        .optional(),
                      /** People per target group, until supervisors enter their own figures (which seeding then keeps). */
                      population: z.partialRecord(z.enum(TARGET_GROUPS), z.number().int().min(0).max(1_000_000)).optional(),
                      /** How sure the file is of those figures; 'demo' ones are shown as demo figures until staff enter their own. */
                      populationStatus: provenance.status,
                    })
                    .refine(namesItsSource, sourceMissing),
                )
                .min(1),
            })
            .refine(namesItsSource, sourceMissing),
        )
        .min(1),
    })
    .superRefine((file, ctx) => {
      const codes = [file.area.code, ...file.wards.flatMap((w) => [w.code, ...w.hamlets.map((h) => h.code), ...(w.formerly ?? [])])];
      const seen = new Set<string>();
      for (const c of codes) {
        if (seen.has(c)) ctx.addIssue({ code: 'custom', message: `place code "${c}" is used twice` });
        seen.add(c);
      }
    }),
);

export type PlacesFile = z.infer<typeof placesFileSchema>;

/** The places to seed: SEED_PLACES_FILE, or the demo area shipped in db/seed/. */
export function readPlacesFile(file = settings().SEED_PLACES_FILE): PlacesFile {
  const fullPath = path.resolve(file);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(fullPath, 'utf8'));
  } catch (error) {
    throw new OperatorError(`Cannot read the places file ${fullPath}: ${(error as Error).message}`);
  }
  const parsed = placesFileSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new OperatorError(`The places file ${fullPath} is not valid:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(places);
  return row.n === 0;
}

/** The help point a hamlet gets when the file names none: its cultural house. */
function generatedHelpPoint(hamlet: string, ward: string, area: string) {
  return { name: `Nhà văn hóa ${hamlet.charAt(0).toLowerCase()}${hamlet.slice(1)}`, address: `${hamlet}, ${ward}, ${area}` };
}

type Ward = PlacesFile['wards'][number];

/** A hamlet's help point as the file gives it, or as generated, with its usual hours. */
function helpPointOf(hamlet: Ward['hamlets'][number], ward: Ward, file: PlacesFile) {
  const given = hamlet.helpPoint;
  const generated = generatedHelpPoint(hamlet.name, ward.name, file.area.name);
  return {
    name: given?.name ?? generated.name,
    address: given?.address ?? generated.address,
    landmark: given?.landmark ?? '',
    phone: given?.phone,
    opensAt: given?.opensAt ?? USUAL_HOURS.opensAt,
    closesAt: given?.closesAt ?? USUAL_HOURS.closesAt,
  };
}

/** Every hamlet's help point in the file's order, with its ward and hamlet: what the offline page lists, read when the app is built. */
export const helpPointsOfFile = (file: PlacesFile) =>
  file.wards.flatMap((ward) => ward.hamlets.map((hamlet) => ({ ward: ward.name, hamlet: hamlet.name, ...helpPointOf(hamlet, ward, file) })));

/**
 * Which help points still carry the name or address the seed built from the
 * places' names: those follow a renamed place, while ones staff edited stay
 * as they are.
 */
async function generatedHelpPoints(tx: Tx) {
  const hamlet = alias(places, 'hamlet');
  const ward = alias(places, 'ward');
  const area = alias(places, 'area');
  const rows = await tx
    .select({ id: helpPoints.id, hamletId: helpPoints.hamletId, name: helpPoints.name, address: helpPoints.address, hamlet: hamlet.name, ward: ward.name, area: area.name })
    .from(helpPoints)
    .innerJoin(hamlet, eq(helpPoints.hamletId, hamlet.id))
    .innerJoin(ward, eq(hamlet.parentId, ward.id))
    .leftJoin(area, eq(ward.parentId, area.id));
  const byHamlet = new Map<number, { id: number; name: string | null; address: string | null }[]>();
  for (const row of rows) {
    const generated = generatedHelpPoint(row.hamlet, row.ward, row.area ?? '');
    // null where staff changed it, so it is left alone
    const point = { id: row.id, name: row.name === generated.name ? row.name : null, address: row.address === generated.address ? row.address : null };
    byHamlet.set(row.hamletId, [...(byHamlet.get(row.hamletId) ?? []), point]);
  }
  return byHamlet;
}

/**
 * Seeds the area the places file describes: its places, help points, the
 * campaign's targets, hamlets' populations and the file's staff accounts.
 * Inserts or updates every place of the file by its code, and gives each
 * hamlet without a help point one at its cultural house; running it twice
 * changes nothing. A ward's former units (`formerly`) hand their remaining
 * hamlets and supervisors to it and are removed, and so is an old root the
 * file no longer has once nothing is left under it: that is how a database
 * seeded with the town of before July 2025 takes the merged wards. The
 * campaign's targets go into an empty table only and a hamlet's population
 * only where none is entered, so what staff changed since stays.
 */
export async function seedArea(db: Db, file: PlacesFile, today = localDate(new Date())): Promise<number> {
  const campaign = file.campaign?.start && file.campaign.end ? { start: file.campaign.start, end: file.campaign.end } : { start: today, end: addDays(today, CAMPAIGN_DAYS) };
  return db.transaction(async (tx) => {
    const upsert = async (kind: PlaceKind, code: string, name: string, parentId: number | null, sortOrder: number) => {
      const [row] = await tx
        .insert(places)
        .values({ code, kind, name, parentId, sortOrder })
        .onConflictDoUpdate({ target: places.code, set: { kind, name, parentId, sortOrder } })
        .returning({ id: places.id });
      return row.id;
    };
    const generatedBefore = await generatedHelpPoints(tx);
    let written = 1;
    const areaId = await upsert(file.area.kind, file.area.code, file.area.name, null, 0);
    for (const [i, ward] of file.wards.entries()) {
      const wardId = await upsert(ward.kind, ward.code, ward.name, areaId, i);
      for (const [j, hamlet] of ward.hamlets.entries()) {
        const hamletId = await upsert('hamlet', hamlet.code, hamlet.name, wardId, j);
        const { name, address, landmark, opensAt, closesAt } = helpPointOf(hamlet, ward, file);
        const wanted = { name, address };
        const existing = generatedBefore.get(hamletId);
        for (const point of existing ?? []) {
          const changes = {
            ...(point.name !== null && point.name !== wanted.name ? { name: wanted.name } : {}),
            ...(point.address !== null && point.address !== wanted.address ? { address: wanted.address } : {}),
          };
          if (Object.keys(changes).length) await tx.update(helpPoints).set(changes).where(eq(helpPoints.id, point.id));
        }
        const demo = hamlet.populationStatus === 'demo';
        const population = Object.entries(hamlet.population ?? {}).map(([targetGroup, people]) => ({ hamletId, targetGroup: targetGroup as TargetGroup, people, demo }));
        if (population.length) {
          // Figures staff entered stay as they are; those still the file's follow what the file says of them.
          await tx
            .insert(hamletPopulation)
            .values(population)
            .onConflictDoUpdate({ target: [hamletPopulation.hamletId, hamletPopulation.targetGroup], set: { demo }, setWhere: isNull(hamletPopulation.updatedBy) });
        }
        if (existing) continue;
        await tx.insert(helpPoints).values({
          hamletId,
          ...wanted,
          opensAt,
          closesAt,
          landmark,
          needsConfirmation: hamlet.helpPoint?.needsConfirmation ?? false,
          campaignStart: campaign.start,
          campaignEnd: campaign.end,
        });
      }
      for (const formerCode of ward.formerly ?? []) {
        const [former] = await tx.select({ id: places.id }).from(places).where(eq(places.code, formerCode));
        if (!former) continue;
        await tx.update(places).set({ parentId: wardId }).where(eq(places.parentId, former.id));
        await tx.update(staffUsers).set({ wardId }).where(eq(staffUsers.wardId, former.id));
        await tx.delete(places).where(eq(places.id, former.id));
      }
      written += 1 + ward.hamlets.length;
    }
    const [targets] = await tx.select({ n: count() }).from(campaignTargets);
    if (targets.n === 0 && file.campaign?.targets?.length) {
      await tx.insert(campaignTargets).values(file.campaign.targets.map((t) => ({ targetGroup: t.group, percent: t.percent, startsOn: t.from, dueOn: t.due, encouraged: t.encouraged ?? false })));
    }
    const child = alias(places, 'child');
    await tx
      .delete(places)
      .where(and(isNull(places.parentId), ne(places.id, areaId), notExists(tx.select({ id: child.id }).from(child).where(eq(child.parentId, places.id)))));
    for (const account of file.demoAccounts ?? []) {
      const [exists] = await tx.select({ id: staffUsers.id }).from(staffUsers).where(eq(staffUsers.username, account.username));
      if (exists) continue;
      const idOf = async (placeCode: string) => (await tx.select({ id: places.id }).from(places).where(eq(places.code, placeCode)))[0].id;
      const [user] = await tx
        .insert(staffUsers)
        .values({
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          passwordHash: await hashPassword(account.password),
          wardId: account.role === 'supervisor' && account.ward ? await idOf(account.ward) : null,
        })
        .returning();
      for (const hamlet of account.hamlets ?? []) await tx.insert(staffHamlets).values({ userId: user.id, hamletId: await idOf(hamlet) });
    }
    return written;
  });
}
