import fs from 'node:fs';
import { createSerwistRoute } from '@serwist/turbopack';
import { precachedPages } from '@/lib/offline/precached-pages';
import { precachedScripts } from '@/lib/offline/precached-scripts';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const revalidate = false;

export const generateStaticParams = () => [{ path: 'sw.js' }];

type Route = ReturnType<typeof createSerwistRoute>;
let route: Route | undefined;

// Made on the first request, which Next sends while prerendering, after it has
// written the build's id and manifests: that id versions the precached pages, so
// each build's worker fetches them anew, and the manifests say which scripts
// those pages load. (Next asks for the static params earlier, before
// the id exists, hence the list above rather than Serwist's own.)
function serwistRoute(): Route {
  const revision = fs.readFileSync('.next/BUILD_ID', 'utf8').trim();
  return createSerwistRoute({
    swSrc: 'app/sw.ts',
    useNativeEsbuild: true,
    globPatterns: [...precachedScripts(), 'public/illustrations/*.svg'],
    additionalPrecacheEntries: precachedPages().map((url) => ({ url, revision })),
    esbuildOptions: { format: 'iife', sourcemap: false },
  });
}

export const GET: Route['GET'] = (request, context) => (route ??= serwistRoute()).GET(request, context);
