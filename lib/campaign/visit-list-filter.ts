import { PERSON_STAGES, type PersonStage, TO_HELP_STAGES } from '@/lib/campaign/person-values';
import { recordId } from '@/lib/record-id';

/** Which people the visit list reads: a hamlet, the stages (all without), and a name or phone searched. */
export interface PeopleListFilter {
  hamletId?: number;
  stages?: readonly PersonStage[];
  term?: string;
}

export const STATUS_FILTERS = ['to-help', ...PERSON_STAGES, 'all'] as const;
type StatusFilter = (typeof STATUS_FILTERS)[number];

/** What the visit list (/staff/follow-up) and its export show, from their address (or a mark's hidden fields): hamlet, stage, search term and page. */
export interface ListFilter {
  hamlet?: number;
  status: StatusFilter;
  q: string;
  page: number;
}

export function readListFilter(raw: { hamlet?: unknown; status?: unknown; q?: unknown; page?: unknown }): ListFilter {
  const status = STATUS_FILTERS.find((s) => s === raw.status) ?? 'to-help';
  return { hamlet: recordId(raw.hamlet) || undefined, status, q: String(raw.q ?? '').trim().slice(0, 100), page: recordId(raw.page) || 1 };
}

/** The filter as the register's list reads it. */
export const peopleFilterOf = (filter: ListFilter): PeopleListFilter => ({
  hamletId: filter.hamlet,
  stages: filter.status === 'to-help' ? TO_HELP_STAGES : filter.status === 'all' ? undefined : [filter.status],
  term: filter.q || undefined,
});

/** The list's address query with the same filter (on another page if given): only what differs from the default list. */
export function listQuery(filter: ListFilter, page = filter.page): Record<string, string> {
  const query = { hamlet: filter.hamlet ? String(filter.hamlet) : '', status: filter.status === 'to-help' ? '' : filter.status, q: filter.q, page: page > 1 ? String(page) : '' };
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value));
}
