import { afterEach, describe, expect, it, vi } from 'vitest';
import { localLinksOrigin } from '@/lib/public-url-warning';

afterEach(() => vi.unstubAllEnvs());

describe('the warning while links lead to this machine only', () => {
  it('names this machine’s address when PUBLIC_URL is not set', () => {
    vi.stubEnv('PUBLIC_URL', '');
    vi.stubEnv('PORT', '3456');
    expect(localLinksOrigin()).toBe('http://localhost:3456');
  });

  it('warns when PUBLIC_URL names this machine itself', () => {
    for (const url of ['http://localhost:3000', 'https://LOCALHOST', 'http://app.localhost', 'http://127.0.0.1:8080', 'http://0.0.0.0', 'http://[::1]:3000']) {
      vi.stubEnv('PUBLIC_URL', url);
      expect(localLinksOrigin(), url).toBe(new URL(url).origin);
    }
  });

  it('is silent when citizens’ phones can open the links: a domain or the server’s address on the network', () => {
    for (const url of ['https://hotro.example.vn', 'http://192.168.1.10:3000', 'http://hotro.local']) {
      vi.stubEnv('PUBLIC_URL', url);
      expect(localLinksOrigin(), url).toBeNull();
    }
  });

  it('leaves an address that does not parse to the links themselves, which fail loudly', () => {
    vi.stubEnv('PUBLIC_URL', 'hotro.example.vn');
    expect(localLinksOrigin()).toBeNull();
  });
});
