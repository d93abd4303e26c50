import { EventEmitter } from 'node:events';
import http, { type ServerResponse } from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { capConnectionsPerAddress, perClientLimit } from '@/lib/http/client-limits';

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((server) => server.close()));

it('lets one client have a few requests in the server at once, and more as each ends', () => {
  const admit = perClientLimit(2);
  const responses = [new EventEmitter(), new EventEmitter()];
  expect(responses.map((res) => admit('203.0.113.1', res as ServerResponse))).toEqual([true, true]);
  expect(admit('203.0.113.1', new EventEmitter() as ServerResponse)).toBe(false);
  expect(admit('203.0.113.2', new EventEmitter() as ServerResponse)).toBe(true);
  responses[0].emit('close');
  expect(admit('203.0.113.1', new EventEmitter() as ServerResponse)).toBe(true);
});

it('closes connections from one address beyond its cap, and counts them again once closed', async () => {
  const server = http.createServer((req, res) => res.end());
  servers.push(server);
  capConnectionsPerAddress(server, 3);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const open = (): Promise<net.Socket> =>
    new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    });
  const sockets = await Promise.all([open(), open(), open(), open()]);
  const closed = await Promise.all(
    sockets.map((socket) => new Promise<boolean>((resolve) => (socket.once('close', () => resolve(true)), setTimeout(() => resolve(false), 300)))),
  );
  expect(closed.filter(Boolean)).toHaveLength(1);
  sockets.forEach((socket) => socket.destroy());
  await new Promise((resolve) => setTimeout(resolve, 50));
  const again = await open();
  const stillOpen = await new Promise<boolean>((resolve) => (again.once('close', () => resolve(false)), setTimeout(() => resolve(true), 200)));
  expect(stillOpen).toBe(true);
  again.destroy();
});
