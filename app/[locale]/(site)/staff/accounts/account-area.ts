import type { Account } from '@/db/queries/staff-accounts';

/** A member's hamlets, a supervisor's ward, or the whole area, in words. */
export function areaOf(account: Account, text: { wholeArea: string; noArea: string }) {
  if (account.role === 'admin') return text.wholeArea;
  return (account.role === 'supervisor' ? account.wardName : account.hamletNames.join('; ')) || text.noArea;
}
