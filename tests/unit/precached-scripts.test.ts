import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRECACHED_ROUTES, precachedScripts } from '@/lib/offline/precached-scripts';

/** A build directory with the manifests Next writes: each kept page's client chunks, and a booking page's of its own. */
function fakeBuild(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'precached-scripts-'));
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const manifest = (route: string, chunks: string[]) =>
    write(
      `server/app${route}_client-reference-manifest.js`,
      `globalThis.__RSC_MANIFEST = globalThis.__RSC_MANIFEST || {};\nglobalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({
        clientModules: { [`[project]${route}`]: { chunks: chunks.map((chunk) => `/_next/static/chunks/${chunk}`) } },
        entryCSSFiles: { '[project]/app/[locale]/layout': [{ path: 'static/chunks/site.css' }] },
        entryJSFiles: { '[project]/app/not-found': ['static/chunks/not-found.js'] },
      })};`,
    );
  write('build-manifest.json', JSON.stringify({ polyfillFiles: ['static/chunks/polyfills.js'], rootMainFiles: ['static/chunks/framework.js'] }));
  for (const route of PRECACHED_ROUTES) manifest(route, ['layout.js', route.includes('start') ? 'check.js' : 'guide.js']);
  manifest('/[locale]/(site)/book/page', ['layout.js', 'booking.js']);
  for (const chunk of ['framework.js', 'layout.js', 'guide.js', 'not-found.js', 'booking.js', 'polyfills.js', 'lazy.js']) write(`static/chunks/${chunk}`, '');
  write('static/chunks/check.js', 'e.l("static/chunks/lazy.js")');
  return dir;
}

describe('the scripts kept for offline use', () => {
  const dir = fakeBuild();
  afterAll(() => fs.rmSync(dir, { recursive: true }));

  it('are those the kept pages load, with what their chunks load in turn, and not another page’s or the old browsers’ polyfills', () => {
    const kept = precachedScripts(dir).map((file) => path.relative(dir, file));
    expect(kept).toEqual(['check.js', 'framework.js', 'guide.js', 'layout.js', 'lazy.js', 'not-found.js', 'site.css'].map((chunk) => `static/chunks/${chunk}`));
  });
});
