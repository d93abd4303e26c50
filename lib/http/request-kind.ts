/**
 * What an address is, decided once for every step of the request path
 * (lib/http/pipeline.ts): `/apiary` is a page like any other, `/api` and
 * `/api/…` the JSON API.
 */
export type RequestKind = 'api' | 'framework-file' | 'file' | 'page';

export function requestKind(pathname: string): RequestKind {
  if (/^\/api(\/|$)/.test(pathname)) return 'api';
  if (/^\/(_next|_vercel)(\/|$)/.test(pathname)) return 'framework-file';
  // As the proxy's matcher (proxy.ts) has it: an address with a dot anywhere is a file.
  return pathname.includes('.') ? 'file' : 'page';
}

/** Whether an address is the JSON API's, which answers problems rather than pages. */
export const isApiPath = (url: string) => requestKind(url.split('?')[0]) === 'api';
