import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/** The routes of the pages precachedPages() lists. */
export const PRECACHED_ROUTES = ['page', 'guides/page', 'guides/[slug]/page', 'start/[[...answers]]/page', 'offline/page'].map((page) => `/[locale]/(site)/${page}`);

type ClientManifest = {
  clientModules: Record<string, { chunks: string[] }>;
  entryCSSFiles?: Record<string, (string | { path: string })[]>;
  entryJSFiles?: Record<string, string[]>;
};

const CHUNKS = 'static/chunks';
const CHUNK = /static\/chunks\/([\w.-]+\.(?:js|css))/g;

/** A chunk's file name, from the address or path the build's manifests give. */
function chunkName(file: string): string {
  const [name] = [...file.matchAll(CHUNK)].map((match) => match[1]);
  if (!name) throw new Error(`precachedScripts: ${file} is not a chunk of ${CHUNKS}`);
  return name;
}

function clientManifest(distDir: string, route: string): ClientManifest {
  const sandbox: { globalThis: { __RSC_MANIFEST?: Record<string, ClientManifest> } } = { globalThis: {} };
  vm.runInNewContext(fs.readFileSync(path.join(distDir, 'server/app', `${route}_client-reference-manifest.js`), 'utf8'), sandbox);
  const manifest = sandbox.globalThis.__RSC_MANIFEST?.[route];
  if (!manifest) throw new Error(`precachedScripts: the build's client manifest of ${route} does not describe it`);
  return manifest;
}

/**
 * The built scripts and stylesheets the kept pages load, as paths under the
 * build's directory (`.next/static/chunks/…`): the framework's own, their
 * client components' and layouts', and any chunk those load in turn. The
 * staff, booking and kiosk pages' code stays out, since those pages never open
 * offline, and so do the polyfills that only browsers without JavaScript
 * modules fetch.
 */
export function precachedScripts(distDir = '.next'): string[] {
  const rootMainFiles: string[] = JSON.parse(fs.readFileSync(path.join(distDir, 'build-manifest.json'), 'utf8')).rootMainFiles;
  const chunks = new Set(rootMainFiles.map(chunkName));
  for (const route of PRECACHED_ROUTES) {
    const manifest = clientManifest(distDir, route);
    const files = [
      ...Object.values(manifest.clientModules).flatMap((module) => module.chunks),
      ...Object.values(manifest.entryJSFiles ?? {}).flat(),
      ...Object.values(manifest.entryCSSFiles ?? {}).flat().map((file) => (typeof file === 'string' ? file : file.path)),
    ];
    for (const file of files) chunks.add(chunkName(file));
  }
  // A chunk may load another when it runs (a dynamic import): that one is needed offline too.
  for (const chunk of chunks) {
    if (chunk.endsWith('.js')) for (const [, loaded] of fs.readFileSync(/*turbopackIgnore: true*/ path.join(distDir, CHUNKS, chunk), 'utf8').matchAll(CHUNK)) chunks.add(loaded);
  }
  return [...chunks].map((chunk) => path.posix.join(distDir, CHUNKS, chunk)).sort();
}
