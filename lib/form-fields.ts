import { z } from 'zod';

/** What a form posts for a field left empty: the same as not posting it. */
const blankAsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);

/** Checkboxes sharing a name post it never, once or many times: always a list. In the browser, react-hook-form gives false for none ticked. */
export const asList = (value: unknown) => (value === undefined || value === false ? [] : Array.isArray(value) ? value : [value]);

/** An optional form field, where an empty input counts as not given. */
export const optionalField = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());

/** A posted form as the schemas read it: each field as text ('' when not sent), each list field (checkboxes sharing a name) as all its values. */
export function postedValues<F extends string, L extends string = never>(formData: FormData, fields: readonly F[], lists: readonly L[] = []) {
  return {
    ...Object.fromEntries(fields.map((field) => [field, String(formData.get(field) ?? '')])),
    ...Object.fromEntries(lists.map((list) => [list, formData.getAll(list).map(String)])),
  } as Record<F, string> & Record<L, string[]>;
}
