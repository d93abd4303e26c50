import { TO_VISIT } from '@/db/queries/follow-ups';
import { FOLLOW_UP_STATUSES, type FollowUpStatus } from '@/lib/campaign/follow-up-values';
import { recordId } from '@/lib/record-id';

export const STATUS_FILTERS = ['todo', ...FOLLOW_UP_STATUSES, 'all'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

/** What the list shows, from its address (or a mark's hidden fields): hamlet, status filter and search term. */
export interface ListFilter {
  hamlet?: number;
  status: StatusFilter;
  q: string;
}

export function readListFilter(raw: { hamlet?: unknown; status?: unknown; q?: unknown }): ListFilter {
  const status = STATUS_FILTERS.find((s) => s === raw.status) ?? 'todo';
  return { hamlet: recordId(raw.hamlet) || undefined, status, q: String(raw.q ?? '').trim().slice(0, 100) };
}

export const statusesOf = (status: StatusFilter): FollowUpStatus[] | undefined =>
  status === 'todo' ? TO_VISIT : status === 'all' ? undefined : [status];

/** The list's address with the same filter, for redirects back: only what differs from the default list. */
export function listQuery(filter: ListFilter): Record<string, string> {
  const query = { hamlet: filter.hamlet ? String(filter.hamlet) : '', status: filter.status === 'todo' ? '' : filter.status, q: filter.q };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value));
}
