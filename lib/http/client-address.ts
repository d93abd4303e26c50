/** Set by scripts/start.ts from the connection (or, behind TRUST_PROXY, X-Forwarded-For); never taken from the client. */
export const CLIENT_ADDRESS_HEADER = 'x-vneid-client-address';

export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER) ?? 'unknown';
}
