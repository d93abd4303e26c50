/** scripts/start.ts compiled into one file, so the server starts without a TypeScript loader. */
export const SERVER_BUNDLE = '.next/vneid-server.mjs';
