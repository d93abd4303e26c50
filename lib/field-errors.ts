import type { z } from 'zod';

/** A failed form parse as one message key per field, the first for each: what forms show beside their fields. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}
