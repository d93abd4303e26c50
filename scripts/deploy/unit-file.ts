import fs from 'node:fs';

/** How a systemd unit of deploy/ starts its service. */
export interface ServiceStart {
  execStart: string[];
  workingDirectory: string;
  environment: Record<string, string>;
}

/** name=value pairs, as `Environment=` lines and environment files write them (single quotes around a value with spaces). */
function assignments(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=('[^']*'|\S*)/g)].map(([, name, value]) => [name, value.replace(/^'(.*)'$/, '$1')]));
}

/**
 * Reads the [Service] settings that start a unit of deploy/, with `%i` as the
 * instance's name. As much of systemd's syntax as those units use: one
 * setting a line, no quoting in ExecStart.
 */
export function readServiceStart(file: string, instance = ''): ServiceStart {
  const start: ServiceStart = { execStart: [], workingDirectory: '', environment: {} };
  let section = '';
  for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
    const line = raw.trim().replaceAll('%i', instance);
    if (/^\[.+\]$/.test(line)) section = line;
    if (section !== '[Service]') continue;
    const [, key, value] = /^(\w+)=(.*)$/.exec(line) ?? [];
    if (key === 'ExecStart') start.execStart = value.split(/\s+/);
    if (key === 'WorkingDirectory') start.workingDirectory = value;
    if (key === 'Environment') Object.assign(start.environment, assignments(value));
  }
  return start;
}

/** The settings an environment file (EnvironmentFile=) sets; commented lines set nothing. */
export function readEnvironmentFile(file: string): Record<string, string> {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  return assignments(lines.filter((line) => /^[A-Za-z_]/.test(line)).join('\n'));
}
