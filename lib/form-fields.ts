import { z } from 'zod';
import { cleanText, isOneLine } from './unicode';

/** What a form posts for a field left empty: the same as not posting it. */
const blankAsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);

/** Checkboxes sharing a name post it never, once or many times: always a list. In the browser, react-hook-form gives false for none ticked. */
export const asList = (value: unknown) => (value === undefined || value === false ? [] : Array.isArray(value) ? value : [value]);

/** An optional form field, where an empty input counts as not given. */
export const optionalField = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());

/**
 * A single-line field (a name, an address, a landmark, a phone, a label)
 * refuses line breaks, tabs and control characters, wherever it is entered: a
 * help point's name on two lines adds a line of its own to the calendar file
 * and the text message. Notes keep their line breaks. The message is a key
 * (oneLine) in each form's errors, or a text of its own.
 */
export const oneLine = <T extends z.ZodType<string>>(field: T, message = 'oneLine'): T => field.refine(isOneLine, message);

/** One posted field as text in NFC without control characters ('' when not sent or not text): every form's way in. */
export function postedText(formData: FormData, field: string): string {
  const value = formData.get(field);
  return typeof value === 'string' ? cleanText(value) : '';
}

/** A posted form as the schemas read it: each field as text ('' when not sent), each list field (checkboxes sharing a name) as all its values. */
export function postedValues<F extends string, L extends string = never>(formData: FormData, fields: readonly F[], lists: readonly L[] = []) {
  return {
    ...Object.fromEntries(fields.map((field) => [field, postedText(formData, field)])),
    ...Object.fromEntries(lists.map((list) => [list, formData.getAll(list).map((value) => cleanText(String(value)))])),
  } as Record<F, string> & Record<L, string[]>;
}

/** Only the fields a form sent, as postedText reads them: forms that tell a field left out from one left empty. */
export function sentValues<F extends string>(formData: FormData, fields: readonly F[]): Partial<Record<F, string>> {
  return Object.fromEntries(fields.flatMap((field) => (typeof formData.get(field) === 'string' ? [[field, postedText(formData, field)]] : []))) as Partial<Record<F, string>>;
}

/**
 * A server action's form argument. Anyone can call an action with arguments
 * of their own making; a call no page makes (no form, a list, a text) reads as
 * an empty form, which every action refuses or ignores, instead of failing.
 */
export const formOf = (sent: unknown): FormData => (sent instanceof FormData ? sent : new FormData());

/** The version of a form's next state (forms count their answers); a made-up previous state counts from 0. */
export function nextVersion(previous: unknown): number {
  const version = (previous as { version?: unknown } | null | undefined)?.version;
  return (typeof version === 'number' && Number.isSafeInteger(version) && version >= 0 ? version : 0) + 1;
}
