import type { Server, ServerResponse } from 'node:http';

/**
 * Requests one client address may have in the server at once: its body being
 * read, waiting for a turn or in one. A client alone can then neither fill
 * the queue ahead of everyone else nor keep the server reading bodies for it;
 * a cultural house's phones behind one address stay far below it.
 */
export function perClientLimit(max: number): (address: string, res: ServerResponse) => boolean {
  const counts = new Map<string, number>();
  return (address, res) => {
    const count = counts.get(address) ?? 0;
    if (count >= max) return false;
    counts.set(address, count + 1);
    res.once('close', () => {
      const left = counts.get(address)! - 1;
      if (left > 0) counts.set(address, left);
      else counts.delete(address);
    });
    return true;
  };
}

/**
 * Connections one peer address may hold open; more are closed as they
 * arrive. An idle connection costs the server only a socket, but sockets are
 * finite. Behind a proxy every client arrives through the proxy's connections,
 * and the proxy, not its address, stands for them: the cap is not applied.
 */
export function capConnectionsPerAddress(server: Server, max: number): void {
  const counts = new Map<string, number>();
  server.on('connection', (socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = counts.get(address) ?? 0;
    if (count >= max) {
      socket.destroy();
      return;
    }
    counts.set(address, count + 1);
    socket.once('close', () => {
      const left = counts.get(address)! - 1;
      if (left > 0) counts.set(address, left);
      else counts.delete(address);
    });
  });
}
