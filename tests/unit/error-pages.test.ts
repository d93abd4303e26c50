import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadErrorPages, replaceBlankErrorPages } from '@/lib/http/error-pages';
import { requestKind } from '@/lib/http/request-kind';

const page = (title: string, switchHref: string) =>
  `<html><head><link rel="preload" as="script" href="/_next/a.js"><script src="/_next/a.js" async></script></head><body><a class="locale-switch" href="${switchHref}">switch</a><h1>${title}</h1><script>self.__next_f.push([1,"x"])</script></body></html>`;

const PRERENDERED: Record<string, string> = {
  '/page-not-found': page('Không tìm thấy trang', '/en/page-not-found'),
  '/en/page-not-found': page('Page not found', '/page-not-found'),
  '/server-error': page('Đã có lỗi', '/en/server-error'),
  '/en/server-error': page('Something went wrong', '/server-error'),
};

async function listen(handler: http.RequestListener) {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// Answers like Next.js does for a failed per-request page: the status, HTML, and a body that is blank without scripts.
const framework: http.RequestListener = (req, res) => {
  const status = req.url!.includes('broken') ? 500 : req.url!.includes('missing') ? 404 : 200;
  res.statusCode = status;
  res.setHeader('Content-Type', req.headers.rsc ? 'text/x-component' : 'text/html; charset=utf-8');
  res.setHeader('Content-Length', '57');
  res.write('<html id="__next_error__"><body><div hidden></div>');
  res.end('</body>');
};

let app: { server: http.Server; origin: string };

beforeAll(async () => {
  loadErrorPages((address) => PRERENDERED[address]);
  app = await listen((req, res) => {
    replaceBlankErrorPages(req, res, requestKind(req.url!.split('?')[0]));
    framework(req, res);
  });
});

afterAll(() => app.server.close());

describe('pages for errors a browser loads', () => {
  it('are the app’s own not-found page in the address’s language, plain HTML, with the status kept', async () => {
    const vi = await fetch(`${app.origin}/missing/page?x=1`);
    expect(vi.status).toBe(404);
    const html = await vi.text();
    expect(html).toContain('<h1>Không tìm thấy trang</h1>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('as="script"');
    expect(html).toContain('href="/en/missing/page?x=1"');
    expect(Number(vi.headers.get('content-length'))).toBe(Buffer.byteLength(html));

    const en = await fetch(`${app.origin}/en/missing`);
    expect(await en.text()).toContain('<h1>Page not found</h1>');
  });

  it('are the app’s own error page for a server error', async () => {
    const response = await fetch(`${app.origin}/en/broken`);
    expect(response.status).toBe(500);
    const html = await response.text();
    expect(html).toContain('<h1>Something went wrong</h1>');
    expect(html).toContain('href="/broken"');
  });

  it('leave pages that worked, the client router’s data requests and the API as they were', async () => {
    expect(await (await fetch(`${app.origin}/fine`)).text()).toContain('__next_error__');
    const data = await fetch(`${app.origin}/missing`, { headers: { RSC: '1' } });
    expect(data.status).toBe(404);
    expect(await data.text()).toContain('__next_error__');
    expect(await (await fetch(`${app.origin}/api/missing`)).text()).toContain('__next_error__');
  });
});
