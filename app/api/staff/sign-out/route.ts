import { pathFor } from '@/i18n/paths';
import { problem } from '@/lib/http/problem';
import { isSameOrigin } from '@/lib/http/same-origin';
import { endSession } from '@/app/_services/staff/session';

export const dynamic = 'force-dynamic';

/**
 * Signs out with a plain form post and a full page load, rather than a server
 * action: the tab keeps no staff page in the router's memory for Back to show.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers)) return problem(403, 'crossSite');
  await endSession();
  const form = await request.formData().catch(() => undefined);
  const locale = form?.get('locale') === 'en' ? 'en' : 'vi';
  return new Response(null, { status: 303, headers: { Location: pathFor('/staff/sign-in', locale), 'Cache-Control': 'no-store' } });
}
