import { problem } from '@/lib/http/problem';

export const dynamic = 'force-dynamic';

/** An address under /api that no route has: a problem like every other API refusal, not the site's HTML page. */
const noSuchRoute = () => problem(404, 'noSuchRoute');

export { noSuchRoute as DELETE, noSuchRoute as GET, noSuchRoute as PATCH, noSuchRoute as POST, noSuchRoute as PUT };
