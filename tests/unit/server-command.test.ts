import fs from 'node:fs';
import { expect, it } from 'vitest';
import { SERVER_BUNDLE } from '../../scripts/server-bundle.js';
import { readServiceStart } from '../../scripts/deploy/unit-file';
import { SERVER_NODE_ARGS } from '../../scripts/server-command';

it('npm start runs the server as the tests and the benchmark do', () => {
  const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  expect(scripts.start).toBe(['node', ...SERVER_NODE_ARGS].join(' '));
});

it('the deployed services run the bundle `npm run build` made, with the same Node flags', () => {
  const flags = SERVER_NODE_ARGS.filter((arg) => arg.startsWith('--'));
  for (const unit of ['vneid-help-point.service', 'vneid-help-point@.service']) {
    expect(readServiceStart(`deploy/${unit}`).execStart, unit).toEqual(['/usr/bin/node', ...flags, SERVER_BUNDLE]);
  }
});
