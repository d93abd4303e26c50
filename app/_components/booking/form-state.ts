import type { Refusal } from '@/lib/refusal';

export type FieldName = 'fullName' | 'phone' | 'people' | 'need' | 'notes' | 'consent' | 'helpPointId' | 'startsAt';
export type FormValues = Partial<Record<FieldName, string>>;

export interface Alternative {
  helpPointId: number;
  helpPointName: string;
  startsAt: string;
  seatsLeft: number;
}

/** The time and place the form books, in words. */
export interface SlotSummary {
  when: string;
  whenFull: string;
  pointName: string;
  address: string;
  /** Back to the times of the same day at this help point. */
  changeHref: string;
}

/** What the booking form shows: the form itself (with any errors), or the answers to check; each for one slot. Once booked, the action leads away. */
export type BookingFormState = { version: number; values: FormValues; slot: SlotSummary } & (
  | { phase: 'edit'; errors?: Partial<Record<FieldName, string>>; refusal?: Refusal | 'rateLimited'; alternatives?: Alternative[] }
  | { phase: 'check'; requestKey: string }
);
