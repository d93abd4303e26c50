import { shortLinkTarget } from '@/lib/short-links';

/** Each link of a text message as the page it opens: the booking's code (or the waitlist entry's id) and the token. */
export const linksIn = (body: string) =>
  [...body.matchAll(/https?:\/\/\S+/g)].map(([link]) => {
    const page = new URL(shortLinkTarget(new URL(link).pathname) ?? link, 'http://localhost');
    return { code: page.pathname.split('/').pop()!, token: page.searchParams.get('t')! };
  });
