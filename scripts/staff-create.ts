import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { and, eq, inArray } from 'drizzle-orm';
import { closeDatabase } from '@/db/client';
import { prepareDatabase } from '@/db/prepare';
import { createStaffUser } from '@/db/queries/staff';
import { places, STAFF_ROLES, type StaffRole } from '@/db/schema';
import { OperatorError } from '@/lib/errors';
import { normalizePhone } from '@/lib/phone';
import { USERNAME } from '@/lib/staff/account-schema';
import { generatePassword, hashPassword } from '@/lib/staff/password';
import { nfc } from '@/lib/unicode';
import { FULL_NAME_MAX, fullNameField } from '@/lib/full-name';
import { runMain } from './cli';

const USAGE = `Usage: npm run staff:create -- --role admin|supervisor|member --username NAME [--name "Display name"]
       [--phone 0912345678] [--ward WARD_CODE] [--hamlet HAMLET_CODE ...] [--prompt]
A password is generated and printed once, unless --prompt asks for one.`;

runMain(async () => {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      username: { type: 'string' },
      name: { type: 'string' },
      phone: { type: 'string' },
      ward: { type: 'string' },
      hamlet: { type: 'string', multiple: true },
      prompt: { type: 'boolean' },
    },
  });
  const role = values.role as StaffRole;
  if (!STAFF_ROLES.includes(role) || !values.username || !USERNAME.test(values.username)) throw new OperatorError(USAGE);
  if (role === 'supervisor' && !values.ward) throw new OperatorError('A supervisor needs --ward (the code of a ward or commune in the places file).');
  if (role === 'member' && !values.hamlet?.length) throw new OperatorError('A member needs at least one --hamlet (a hamlet code from the places file).');
  if (values.name !== undefined && !fullNameField().safeParse(values.name).success) throw new OperatorError(`The --name goes on one line, with 2 to ${FULL_NAME_MAX} characters.`);
  const phone = values.phone ? normalizePhone(values.phone) : null;
  if (values.phone && !phone) throw new OperatorError(`"${values.phone}" is not a Vietnamese mobile number.`);

  let password = generatePassword();
  if (values.prompt) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = nfc((await rl.question('Password (at least 10 characters): ')).trim());
    rl.close();
    if (password.length < 10) throw new OperatorError('The password needs at least 10 characters.');
  }

  // Like npm start: migrated, and seeded with the places file when empty, so the codes below resolve.
  const { db } = await prepareDatabase(console.log);
  try {
    const wardId = values.ward ? (await db.select().from(places).where(and(eq(places.code, values.ward), inArray(places.kind, ['ward', 'commune']))))[0]?.id : null;
    if (values.ward && !wardId) throw new OperatorError(`No ward or commune with code "${values.ward}".`);
    const hamlets = values.hamlet?.length ? await db.select().from(places).where(and(inArray(places.code, values.hamlet), eq(places.kind, 'hamlet'))) : [];
    if (hamlets.length !== (values.hamlet?.length ?? 0)) throw new OperatorError(`Some --hamlet codes are not hamlets of the places file: ${values.hamlet!.join(', ')}.`);
    const user = await createStaffUser(db, {
      username: values.username,
      displayName: nfc(values.name ?? values.username),
      phone,
      role,
      wardId,
      hamletIds: hamlets.map((h) => h.id),
      passwordHash: await hashPassword(password),
    }).catch((error: { code?: string; cause?: { code?: string } }) => {
      if ((error.code ?? error.cause?.code) === '23505') throw new OperatorError(`The user name or phone "${values.username}" is already taken.`);
      throw error;
    });
    console.log(`Created ${role} "${user.username}".`);
    if (!values.prompt) console.log(`Password (shown once, pass it on privately): ${password}`);
  } finally {
    await closeDatabase();
  }
});
