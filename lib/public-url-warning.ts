import { publicUrl } from './public-url';
import { LOOPBACK_HOST } from './public-url';

/**
 * The address that text messages, posters, cards and QR codes carry, when
 * only this machine can open it (PUBLIC_URL unset, or a name of this machine
 * itself); null when citizens' phones can. Staff pages warn while it is so.
 */
export function localLinksOrigin(): string | null {
  let url: URL;
  try {
    url = new URL(publicUrl('/'));
  } catch {
    // Not an address at all: making any link fails loudly, which says more than this warning would.
    return null;
  }
  return LOOPBACK_HOST.test(url.hostname) ? url.origin : null;
}
