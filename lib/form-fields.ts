import { z } from 'zod';
import { nfc } from './unicode';

/** What a form posts for a field left empty: the same as not posting it. */
const blankAsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);

/** Checkboxes sharing a name post it never, once or many times: always a list. In the browser, react-hook-form gives false for none ticked. */
export const asList = (value: unknown) => (value === undefined || value === false ? [] : Array.isArray(value) ? value : [value]);

/** An optional form field, where an empty input counts as not given. */
export const optionalField = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());

/** One posted field as text in NFC ('' when not sent or not text): every form's way in. */
export function postedText(formData: FormData, field: string): string {
  const value = formData.get(field);
  return typeof value === 'string' ? nfc(value) : '';
}

/** A posted form as the schemas read it: each field as text ('' when not sent), each list field (checkboxes sharing a name) as all its values. */
export function postedValues<F extends string, L extends string = never>(formData: FormData, fields: readonly F[], lists: readonly L[] = []) {
  return {
    ...Object.fromEntries(fields.map((field) => [field, postedText(formData, field)])),
    ...Object.fromEntries(lists.map((list) => [list, formData.getAll(list).map((value) => nfc(String(value)))])),
  } as Record<F, string> & Record<L, string[]>;
}

/** Only the fields a form sent, as text in NFC: forms that tell a field left out from one left empty. */
export function sentValues<F extends string>(formData: FormData, fields: readonly F[]): Partial<Record<F, string>> {
  return Object.fromEntries(fields.flatMap((field) => (typeof formData.get(field) === 'string' ? [[field, postedText(formData, field)]] : []))) as Partial<Record<F, string>>;
}
