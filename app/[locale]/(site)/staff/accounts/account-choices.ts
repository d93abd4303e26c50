import type { Db } from '@/db/client';
import { listWardsWithHamlets } from '@/db/queries/help-points';
import { STAFF_ROLES, type StaffRole } from '@/lib/staff/roles';
import type { Staff } from '@/app/_services/staff/session';

/** What the signed-in user may give an account: an admin any role anywhere, a ward supervisor the member role in their ward's hamlets. */
export async function accountChoices(db: Db, staff: Staff): Promise<{ roles: readonly StaffRole[]; wards: Awaited<ReturnType<typeof listWardsWithHamlets>> }> {
  return { roles: staff.scope.all ? STAFF_ROLES : ['member'], wards: await listWardsWithHamlets(db, staff.scope) };
}
