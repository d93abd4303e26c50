import { describe, expect, it } from 'vitest';
import { isUndecodableActionBody } from '@/lib/http/action-body';

/** The headers and body of a POST as the server has them once the body is read, whatever the browser encoded. */
async function post(body: BodyInit, headers: Record<string, string> = {}): Promise<[Headers, Uint8Array<ArrayBuffer>]> {
  const request = new Request('http://localhost/booking/resend', { method: 'POST', body, headers });
  return [request.headers, new Uint8Array(await request.arrayBuffer())];
}
const undecodable = async (body: BodyInit, headers?: Record<string, string>) => isUndecodableActionBody(...(await post(body, headers)));
const form = (fields: Record<string, string | Blob>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

describe('isUndecodableActionBody', () => {
  it('lets through what React writes: a JSON text, or a form whose numbered fields are JSON', async () => {
    expect(await undecodable('["$K1"]', { 'Next-Action': 'a', 'Content-Type': 'text/plain;charset=UTF-8' })).toBe(false);
    expect(await undecodable(form({ 0: '[{"version":0,"values":{}},"$K1"]', '1_phone': 'not json, a field', 2: new Blob(['x']) }), { 'Next-Action': 'a' })).toBe(false);
    expect(await undecodable(form({ '$ACTION_1:0': '{"id":"a","bound":"$@1"}', '$ACTION_1:1': '[]', '$ACTION_KEY': 'k1', phone: '0912' }))).toBe(false);
  });

  it('finds a call React could never have written', async () => {
    expect(await undecodable('not json', { 'Next-Action': 'a', 'Content-Type': 'text/plain' })).toBe(true);
    expect(await undecodable(form({ 0: 'not json' }), { 'Next-Action': 'a' })).toBe(true);
    expect(await undecodable('0=%7B', { 'Next-Action': 'a', 'Content-Type': 'application/x-www-form-urlencoded' })).toBe(true);
    expect(await undecodable(form({ '$ACTION_1:0': '{"id":' }))).toBe(true);
    expect(await undecodable('--x\r\n', { 'Content-Type': 'multipart/form-data; boundary=x' })).toBe(true);
    // A call that sent no body at all: the server hands the step an empty one.
    expect(await isUndecodableActionBody(new Headers({ 'Next-Action': 'a' }), new Uint8Array())).toBe(true);
  });

  it('leaves alone a post that is not an action call', async () => {
    expect(await undecodable('not json', { 'Content-Type': 'text/plain' })).toBe(false);
  });
});
