import type { Db } from '../client';
import type { CampaignTarget } from '../schema';
import { campaignHamlets, hamletProgress, type Progress, type UnitProgress } from './campaign-progress';
import type { Scope } from './staff';

export interface CampaignReport {
  ward: { id: number; name: string };
  day: string;
  /** Fewer than the ward's hamlets when the reader's scope holds only some (a member). */
  hamletIds: number[];
  total: Progress;
  /** A row per hamlet (khu phố, thôn), in the places' order. */
  hamlets: UnitProgress[];
  targets: CampaignTarget[];
}

/** The wards (or communes) the reader may report on, in the places' order. */
export async function reportWards(db: Db, scope: Scope) {
  const hamlets = await campaignHamlets(db, scope);
  return [...new Map(hamlets.map((h) => [h.wardId, { id: h.wardId, name: h.wardName }])).values()];
}

/**
 * A ward's day as it is sent upward: each hamlet's people due under the
 * targets, reached on the day and in all, the share and the gap, and the
 * ward's funnel and blockers, all counted at the end of the day as the
 * dashboard counts them (it is the same hamletProgress). Null when the ward
 * has no hamlet in the reader's scope.
 */
export async function campaignReport(db: Db, scope: Scope, wardId: number, day: string): Promise<CampaignReport | null> {
  const hamlets = await campaignHamlets(db, scope, { wardId });
  if (hamlets.length === 0) return null;
  const { total, units, targets } = await hamletProgress(db, hamlets, day, false);
  return { ward: { id: hamlets[0].wardId, name: hamlets[0].wardName }, day, hamletIds: hamlets.map((h) => h.id), total, hamlets: units, targets };
}
