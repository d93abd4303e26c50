import type { BookingRefusal } from '@/db/queries/tx';

export type FieldName = 'fullName' | 'phone' | 'people' | 'need' | 'notes' | 'consent' | 'helpPointId' | 'startsAt';
export type FormValues = Partial<Record<FieldName, string>>;

export interface Alternative {
  helpPointId: number;
  helpPointName: string;
  startsAt: string;
  seatsLeft: number;
}

/** What the booking form shows: the form itself (with any errors), or the answers to check. */
export type BookingFormState =
  | { phase: 'edit'; version: number; values: FormValues; errors?: Partial<Record<FieldName, string>>; refusal?: BookingRefusal | 'rateLimited'; alternatives?: Alternative[] }
  | { phase: 'check'; version: number; values: FormValues; requestKey: string };
