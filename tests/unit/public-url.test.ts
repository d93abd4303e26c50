import { describe, expect, it } from 'vitest';
import { publicUrlRefusal } from '@/lib/public-url';

const required = (PUBLIC_URL?: string) => publicUrlRefusal({ REQUIRE_PUBLIC_URL: '1', PUBLIC_URL });

describe('the public address a deployed service must have', () => {
  it('asks nothing of `npm start` on one machine, where REQUIRE_PUBLIC_URL is not set', () => {
    expect(publicUrlRefusal({})).toBeNull();
    expect(publicUrlRefusal({ PUBLIC_URL: 'http://localhost:3000' })).toBeNull();
    expect(publicUrlRefusal({ REQUIRE_PUBLIC_URL: '0' })).toBeNull();
  });

  it('accepts an address citizens can open, by name or by the server’s address on the LAN', () => {
    for (const url of ['https://hotro.example.vn', 'https://hotro.example.vn/', 'https://192.168.1.10', 'http://10.0.0.5:8080', 'https://hỗtrợ.example.vn']) {
      expect(required(url), url).toBeNull();
    }
  });

  it('refuses to start without one, naming the setting', () => {
    for (const url of [undefined, '', '   ']) expect(required(url)).toMatch(/^PUBLIC_URL is not set/);
  });

  it('refuses what is not a whole http(s) address', () => {
    expect(required('hotro.example.vn')).toMatch(/whole address/);
    expect(required('/booking')).toMatch(/whole address/);
    expect(required('ftp://hotro.example.vn')).toMatch(/must start with https:\/\//);
  });

  it('refuses this machine itself, however it is written', () => {
    for (const url of ['http://localhost:3000', 'https://LOCALHOST', 'https://localhost.', 'http://app.localhost', 'http://127.0.0.1:3000', 'http://127.1', 'http://0.0.0.0:3000', 'http://[::1]:3000', 'http://[::]', 'http://[::ffff:127.0.0.1]']) {
      expect(required(url), url).toMatch(/points at this machine itself/);
    }
  });

  it('refuses a path, which the links it makes would drop', () => {
    expect(required('https://example.vn/vneid')).toMatch(/root address/);
    expect(required('https://example.vn/?a=1')).toMatch(/root address/);
  });
});
