import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The layer rule's complaint about a file with this text at this path, or none. */
async function complaint(filePath: string, code: string): Promise<string | undefined> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.find((message) => message.ruleId === 'no-restricted-imports')?.message;
}

// The first lint loads the whole configuration (Next.js's rules and plugins): seconds on a busy machine.
describe('layers run one way, and the linter says so', { timeout: 60_000 }, () => {
  it('lib/ imports neither storage, nor the services, nor request-bound framework code', async () => {
    expect(await complaint('lib/probe.ts', "import { getDatabase } from '@/db/client';\nexport const x = getDatabase;\n")).toMatch(/pure rules/);
    expect(await complaint('lib/booking/probe.ts', "import { x } from '../../db/schema';\nexport const y = x;\n")).toMatch(/pure rules/);
    expect(await complaint('lib/probe.ts', "import { startJobs } from '@/app/_services/jobs';\nexport const x = startJobs;\n")).toMatch(/pure rules/);
    expect(await complaint('lib/probe.ts', "import { headers } from 'next/headers';\nexport const x = headers;\n")).toMatch(/app\/_services/);
    expect(await complaint('lib/probe.ts', "import { localTime } from './time';\nexport const x = localTime;\n")).toBeUndefined();
  });

  it('db/ imports lib/ and nothing above it', async () => {
    expect(await complaint('db/queries/probe.ts', "import { startJobs } from '@/app/_services/jobs';\nexport const x = startJobs;\n")).toMatch(/storage/);
    expect(await complaint('db/probe.ts', "import { cookies } from 'next/headers';\nexport const x = cookies;\n")).toMatch(/storage/);
    expect(await complaint('db/probe.ts', "import { localTime } from '@/lib/time';\nexport const x = localTime;\n")).toBeUndefined();
  });

  it('the services never import a route', async () => {
    expect(await complaint('app/_services/probe.ts', "import { x } from '@/app/[locale]/(site)/book/page';\nexport const y = x;\n")).toMatch(/never imports one/);
  });

  it("the kiosk shares the site's parts through components and services, never through the site's routes", async () => {
    expect(await complaint('app/[locale]/kiosk/book/page.tsx', "import { x } from '@/app/[locale]/(site)/book/page';\nexport const y = x;\n")).toMatch(/never through the site's routes/);
    expect(await complaint('app/[locale]/kiosk/guides/page.tsx', "import { x } from '../../(site)/guides/page';\nexport const y = x;\n")).toMatch(/never through the site's routes/);
    expect(await complaint('app/[locale]/kiosk/book/page.tsx', "import { ChoiceList } from '@/app/_components/booking/choice-list';\nexport const y = ChoiceList;\n")).toBeUndefined();
  });
});
