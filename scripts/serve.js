// What `npm start` runs (plain JavaScript, before anything is compiled): builds
// what is missing or stale, then runs the server from its bundle.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIfNeeded, SERVER_BUNDLE } from './build-if-needed.js';

buildIfNeeded();
await import(pathToFileURL(path.resolve(SERVER_BUNDLE)).href);
