declare global {
  var __zod_globalConfig: { jitless?: boolean } | undefined;
}

// Runs before the page hydrates, so before any form's schema is built. Zod
// tries `new Function` once to decide whether to compile its parsers; the
// site's Content-Security-Policy allows no eval, so the browser refuses the
// try and reports it as a violation. Zod parses the same without it. Zod keeps
// its settings in this global (so that every copy of it shares them): setting
// it here spares every page the 12 KB of zod that importing `config` costs.
(globalThis.__zod_globalConfig ??= {}).jitless = true;

export {};
