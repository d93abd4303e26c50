/**
 * How the production server runs (package.json's start script says the same;
 * a unit test holds the two together): Node with a heap sized for a laptop at
 * a cultural house. V8 otherwise sizes its heap for the whole machine and lets
 * a burst of requests leave hundreds of megabytes of garbage resident; with
 * these limits it collects sooner (its cost in throughput is lost in the
 * variation between runs here), and the app's largest work (a town's lists and
 * spreadsheets) still fits.
 */
export const SERVER_NODE_ARGS = ['--max-old-space-size=192', '--max-semi-space-size=4', 'scripts/serve.js'];
