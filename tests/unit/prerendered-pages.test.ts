import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScriptHashes } from '@/lib/http/prerendered-pages';

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe("a prerendered page's inline scripts", () => {
  it('are hashed as the browser reads them: raw text, UTF-8, each once', () => {
    const payload = 'self.__next_f.push([1,"Kích hoạt \\u003c/script> tài khoản"])';
    const html = `<html><head><script src="/_next/static/chunks/a.js" async=""></script></head><body><p>x</p><script>${payload}</script><script id="_R_">(self.__next_s=[])</script><script>${payload}</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha256(payload), sha256('(self.__next_s=[])')]);
  });

  it('leave out script files and a page without scripts', () => {
    expect(inlineScriptHashes('<script src="/a.js"></script><script async src="/b.js"></script>')).toEqual([]);
    expect(inlineScriptHashes('<p>no script</p>')).toEqual([]);
  });
});
