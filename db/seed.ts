import fs from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { OperatorError } from '@/lib/errors';
import type { Db } from './client';
import { addDays, localDate } from '@/lib/time';
import { hashPassword } from '@/lib/staff/password';
import { helpPoints, type PlaceKind, places, STAFF_ROLES, staffHamlets, staffUsers } from './schema';

const CAMPAIGN_DAYS = 90;

const code = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'codes are lower-case letters, digits and dashes');
const name = z.string().trim().min(1).max(120);
const day = z.iso.date();

export const placesFileSchema = z
  .object({
    town: z.object({ code, name }),
    /** Accounts with known passwords for trying the app out; a real town's file leaves them out. */
    demoAccounts: z
      .array(
        z.object({
          username: code,
          displayName: name,
          role: z.enum(STAFF_ROLES),
          password: z.string().min(10),
          ward: code.optional(),
          hamlets: z.array(code).optional(),
        }),
      )
      .optional(),
    /** When help points take bookings; without it, from the day of seeding for CAMPAIGN_DAYS. */
    campaign: z.object({ start: day, end: day }).optional(),
    wards: z
      .array(
        z.object({
          code,
          kind: z.enum(['ward', 'commune']),
          name,
          hamlets: z
            .array(
              z.object({
                code,
                name,
                helpPoint: z
                  .object({ name, address: name, landmark: z.string().max(200).optional(), needsConfirmation: z.boolean().optional() })
                  .optional(),
              }),
            )
            .min(1),
        }),
      )
      .min(1),
  })
  .superRefine((file, ctx) => {
    const codes = [file.town.code, ...file.wards.flatMap((w) => [w.code, ...w.hamlets.map((h) => h.code)])];
    const seen = new Set<string>();
    for (const c of codes) {
      if (seen.has(c)) ctx.addIssue({ code: 'custom', message: `place code "${c}" is used twice` });
      seen.add(c);
    }
  });

export type PlacesFile = z.infer<typeof placesFileSchema>;

export const DEFAULT_PLACES_FILE = 'db/seed/places.json';

/** The places to seed: SEED_PLACES_FILE, or the demo town shipped in db/seed/. */
export function readPlacesFile(file = process.env.SEED_PLACES_FILE || DEFAULT_PLACES_FILE): PlacesFile {
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

/**
 * Inserts or updates every place of the file by its code, and gives each
 * hamlet without a help point one at its cultural house; running it twice
 * changes nothing.
 */
export async function seedPlaces(db: Db, file: PlacesFile, today = localDate(new Date())): Promise<number> {
  const campaign = file.campaign ?? { start: today, end: addDays(today, CAMPAIGN_DAYS) };
  return db.transaction(async (tx) => {
    const upsert = async (kind: PlaceKind, code: string, name: string, parentId: number | null, sortOrder: number) => {
      const [row] = await tx
        .insert(places)
        .values({ code, kind, name, parentId, sortOrder })
        .onConflictDoUpdate({ target: places.code, set: { kind, name, parentId, sortOrder } })
        .returning({ id: places.id });
      return row.id;
    };
    let written = 1;
    const townId = await upsert('town', file.town.code, file.town.name, null, 0);
    for (const [i, ward] of file.wards.entries()) {
      const wardId = await upsert(ward.kind, ward.code, ward.name, townId, i);
      for (const [j, hamlet] of ward.hamlets.entries()) {
        const hamletId = await upsert('hamlet', hamlet.code, hamlet.name, wardId, j);
        const [existing] = await tx.select({ id: helpPoints.id }).from(helpPoints).where(eq(helpPoints.hamletId, hamletId)).limit(1);
        if (existing) continue;
        await tx.insert(helpPoints).values({
          hamletId,
          name: hamlet.helpPoint?.name ?? `Nhà văn hóa ${hamlet.name.charAt(0).toLowerCase()}${hamlet.name.slice(1)}`,
          address: hamlet.helpPoint?.address ?? `${hamlet.name}, ${ward.name}, ${file.town.name}`,
          landmark: hamlet.helpPoint?.landmark ?? '',
          needsConfirmation: hamlet.helpPoint?.needsConfirmation ?? false,
          campaignStart: campaign.start,
          campaignEnd: campaign.end,
        });
      }
      written += 1 + ward.hamlets.length;
    }
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
