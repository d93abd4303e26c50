import { z } from 'zod';

/** What a form posts for a field left empty: the same as not posting it. */
const blankAsMissing = (value: unknown) => (value === '' || value === null ? undefined : value);

/** Checkboxes sharing a name post it never, once or many times: always a list. In the browser, react-hook-form gives false for none ticked. */
export const asList = (value: unknown) => (value === undefined || value === false ? [] : Array.isArray(value) ? value : [value]);

/** An optional form field, where an empty input counts as not given. */
export const optionalField = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsMissing, schema.optional());
