import { expect } from '@playwright/test';
import { startStandIns } from '../provider-stand-ins';

/**
 * Zalo (ZNS and OAuth v4) for the browser tests' servers: the stand-in of the
 * database tests, on a port of its own. Only phones of the block `zaloPhone`
 * hands out have Zalo; every other phone is answered "no Zalo account" (-118),
 * so its messages reach the text inbox (tests/e2e/sms-inbox.ts) as before,
 * after one refusal from a server on this machine.
 */
const PORT = Number(process.env.E2E_PORT || 3100);
const ZALO_PORT = PORT + 6;
const ZALO_BASE = `http://127.0.0.1:${ZALO_PORT}`;
const ZALO_BLOCK = '097';

/** Each kind's template; the test reads them back from what ZNS got. */
export const ZNS_TEMPLATES = {
  confirmed: '301001',
  received: '301005',
  reminder: '301002',
  moved: '301003',
  cancelled: '301004',
  'waitlist-joined': '301008',
  'waitlist-offer': '301006',
  links: '301007',
};

/** A server's Zalo settings; each server (each database) starts from a refresh token of its own, as two wards' OAs would. */
export const zaloSettings = (port: number) => ({
  ZALO_APP_ID: 'app-1',
  ZALO_APP_SECRET: 'app-secret',
  ZALO_REFRESH_TOKEN: `refresh-${port}`,
  ZALO_ZNS_TEMPLATES: JSON.stringify(ZNS_TEMPLATES),
  ZALO_API_BASE: ZALO_BASE,
  ZALO_OAUTH_BASE: ZALO_BASE,
});

export default async function startZaloStandIn() {
  const standIns = await startStandIns({ port: ZALO_PORT, hasZalo: (phone) => phone.startsWith(`84${ZALO_BLOCK.slice(1)}`) });
  for (const port of [PORT, PORT + 1]) standIns.issueRefreshToken(zaloSettings(port).ZALO_REFRESH_TOKEN);
  return standIns.close;
}

let counter = 0;
/** A mobile number with Zalo, as uniquePhone (tests/e2e/booking-helpers.ts) makes one without: 097, the worker, its count. */
export function zaloPhone(): string {
  counter += 1;
  return `${ZALO_BLOCK}${String(Number(process.env.TEST_WORKER_INDEX)).padStart(3, '0')}${String(counter).padStart(4, '0')}`;
}

type ZnsMessage = { template_id: string; template_data: Record<string, string> };

/** The ZNS messages a phone (0…) has got, waiting for the app's sender as textsTo does. */
export async function znsTo(phone: string): Promise<ZnsMessage[]> {
  let found: ZnsMessage[] = [];
  await expect
    .poll(
      async () => {
        found = await (await fetch(`${ZALO_BASE}/received/zns?phone=84${phone.slice(1)}`)).json();
        return found.length;
      },
      { timeout: 20_000, intervals: [500] },
    )
    .toBeGreaterThan(0);
  return found;
}
