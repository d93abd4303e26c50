import { config } from 'zod/v4/core';

// Runs before the page hydrates, so before any form's schema is built. Zod
// tries `new Function` once to decide whether to compile its parsers; the
// site's Content-Security-Policy allows no eval, so the browser refuses the
// try and reports it as a violation. Zod parses the same without it.
config({ jitless: true });
