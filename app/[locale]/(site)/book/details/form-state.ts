import type { BookingRefusal } from '@/db/queries/tx';

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
  /** Back to the day and time choice at this help point. */
  changeHref: string;
}

/** A booking made at a kiosk, to be carried away on the person's phone and a printed slip. */
export interface Handoff {
  code: string;
  /** The booking's own link, with its secret: the QR code's content. */
  link: string;
  qrSvg: string;
  whenFull: string;
  pointName: string;
  address: string;
}

/** What the booking form shows: the form itself (with any errors), or the answers to check, or at a kiosk the booking made; each for one slot. */
export type BookingFormState = { version: number; values: FormValues; slot: SlotSummary } & (
  | { phase: 'edit'; errors?: Partial<Record<FieldName, string>>; refusal?: BookingRefusal | 'rateLimited'; alternatives?: Alternative[] }
  | { phase: 'check'; requestKey: string }
  | { phase: 'done'; handoff: Handoff }
);
