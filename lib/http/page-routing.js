// Which page an address is: prerendered or rendered per request, with the
// camera or without, and where the prerendered ones are served. Plain
// JavaScript without imports, because next.config.js loads it as it is (Node
// without TypeScript).

/**
 * The prerendered pages (see the build's route list), by their address
 * without a language: Vietnamese bare, English under /en. They are built once,
 * before any request exists, so their scripts carry no per-request nonce.
 * tests/e2e/security-headers.spec.ts checks this list against the build's.
 */
const PRERENDERED = /^\/(?:guides(?:\/[^/]+(?:\/print)?)?|start(?:\/[^/]+)*|booking\/resend|offline|page-not-found|server-error)?$/;

/**
 * Staff pages that scan a QR code with the camera (qr-scanner). The policy is
 * the document's, so where the client router brought the page into a document
 * loaded without it, the scanner loads the page itself (check-in/qr-scanner.tsx).
 */
const CAMERA = /^\/staff\/check-in(?:\/|$)/;

const bare = (/** @type {string} */ pathname) => pathname.replace(/^\/(?:en|vi)(?=\/|$)/, '') || '/';

/** Whether the page at this address is prerendered, and so has no nonce. */
export const isPrerenderedPage = (/** @type {string} */ pathname) => PRERENDERED.test(bare(pathname));

/** Whether the page at this address may use the camera. */
export const usesCamera = (/** @type {string} */ pathname) => CAMERA.test(bare(pathname));

/** The page addresses (next.config.js `source` patterns) of the prerendered pages, in both languages. */
export const PRERENDERED_SOURCES = ['', '/guides', '/guides/:slug', '/guides/:slug/print', '/start/:answers*', '/booking/resend', '/offline', '/page-not-found', '/server-error'].flatMap(
  (path) => [path || '/', `/en${path}`],
);

/** For next.config.js `rewrites()`: the Vietnamese prerendered pages served at their bare address without the proxy (Vietnamese whatever the browser asks for). */
export function prerenderedRewrites() {
  return PRERENDERED_SOURCES.filter((source) => !source.startsWith('/en')).map((source) => ({ source, destination: source === '/' ? '/vi' : `/vi${source}` }));
}
