import { spawnSync } from 'node:child_process';

// /tmp stays writable, as a unit's PrivateTmp gives it one; all else becomes read-only, as under ProtectSystem=strict.
const SCRIPT = 'mount --bind /tmp /tmp && mount -o remount,bind,ro / && exec "$@"';
const wrap = (command: string[]) => ['unshare', '--mount', '--propagation', 'private', 'sh', '-c', SCRIPT, 'sh', ...command];

let possible: boolean | undefined;

/**
 * `command` in a mount namespace of its own where the whole system is
 * read-only but /tmp, as deploy/'s units run the app; null where this machine
 * cannot (not root, or no mount namespaces). The command's pid is the
 * process's own (unshare and sh exec it).
 */
export function asProtectedService(command: string[]): string[] | null {
  possible ??= spawnSync(wrap(['true'])[0], wrap(['true']).slice(1)).status === 0;
  return possible ? wrap(command) : null;
}
