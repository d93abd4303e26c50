import fs from 'node:fs';
import { expect, it } from 'vitest';
import { SERVER_NODE_ARGS } from '../../scripts/server-command';

it('npm start runs the server as the tests and the benchmark do', () => {
  const { scripts } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  expect(scripts.start).toBe(['node', ...SERVER_NODE_ARGS].join(' '));
});
