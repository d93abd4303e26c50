import { z } from 'zod';

/** The message kinds the app sends; each may have a ZNS template of its own. */
export const MESSAGE_KINDS = ['confirmed', 'received', 'reminder', 'moved', 'cancelled', 'waitlist-joined', 'waitlist-offer', 'links'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** A template id, or an id with the template's own names for the app's parameters (`{"id": "…", "params": {"code": "ma_hen"}}`). */
const template = z.union([
  z.string().regex(/^\d+$/, 'a template id is digits').transform((id) => ({ id, params: {} as Record<string, string> })),
  z.object({ id: z.string().regex(/^\d+$/, 'a template id is digits'), params: z.record(z.string(), z.string().min(1)).default({}) }).strict(),
]);
export type ZnsTemplate = z.output<typeof template>;
export type ZnsTemplates = Partial<Record<MessageKind, ZnsTemplate>>;

const templates = z.partialRecord(z.enum(MESSAGE_KINDS), template);

/** ZALO_ZNS_TEMPLATES's JSON, each message kind to its template; what is wrong with it otherwise. */
export function parseZnsTemplates(text: string): { ok: true; templates: ZnsTemplates } | { ok: false; problem: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
  const parsed = templates.safeParse(json);
  if (parsed.success) return { ok: true, templates: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, problem: `${issue.path.length ? `at "${issue.path.join('.')}": ` : ''}${issue.message}` };
}
