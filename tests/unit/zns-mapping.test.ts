import { describe, expect, it } from 'vitest';
import { esmsOutcome, esmsRequest } from '@/lib/messaging/esms';
import { renewalOutcome } from '@/lib/messaging/zalo-token';
import { templateData, znsOutcome, znsRequest } from '@/lib/messaging/zns';

const NOW = new Date('2026-12-07T02:00:00Z');

describe('speaking to Zalo and eSMS', () => {
  it('sends a template under its own parameter names, the phone as 84…, a long place cut to ZNS limits and a code to 30', () => {
    const template = { id: '301001', params: { code: 'ma_lich_hen' } };
    const data = templateData({ code: 'ACD-479', place: 'Nhà văn hóa '.repeat(30), time: '14:30' }, template);
    expect(data).toMatchObject({ ok: true, data: { ma_lich_hen: 'ACD-479', time: '14:30' } });
    if (!data.ok) return;
    expect([...data.data.place]).toHaveLength(200);
    expect(data.data.place.endsWith('…')).toBe(true);
    expect(templateData({ code: 'X'.repeat(40) }, template)).toMatchObject({ ok: true, data: { ma_lich_hen: `${'X'.repeat(29)}…` } });
    expect(templateData({ link: `https://a.vn/${'x'.repeat(200)}` }, template)).toEqual({ ok: false, reason: 'link longer than 200' });
    expect(znsRequest('+84912345678', template, { a: 'b' }, '17')).toEqual({ phone: '84912345678', template_id: '301001', template_data: { a: 'b' }, tracking_id: '17' });
  });

  it("reads ZNS's answers: sent, a token to renew, no Zalo, template, quota, and what is worth another try", () => {
    expect(znsOutcome(200, { error: 0, message: 'Success', data: { msg_id: 'a1' } })).toEqual({ ok: true, msgId: 'a1' });
    expect(znsOutcome(200, { error: -124, message: 'Access token invalid' })).toMatchObject({ ok: false, refusal: 'token', code: '-124' });
    expect(znsOutcome(200, { error: -118, message: 'Zalo account not existed' })).toMatchObject({ refusal: 'no-zalo', code: '-118' });
    expect(znsOutcome(200, { error: -117 })).toMatchObject({ refusal: 'template' });
    expect(znsOutcome(200, { error: -115 })).toMatchObject({ refusal: 'quota' });
    expect(znsOutcome(200, { error: -100 })).toMatchObject({ refusal: 'unavailable' });
    expect(znsOutcome(503, null)).toMatchObject({ refusal: 'unavailable', code: 'http-503' });
    expect(znsOutcome(200, { error: -999 })).toMatchObject({ refusal: 'refused', code: '-999' });
  });

  it('takes a renewed pair with its lifetime in seconds, and any answer without both tokens as a refusal', () => {
    expect(renewalOutcome(200, { access_token: 'a', refresh_token: 'r', expires_in: '90000' }, NOW)).toEqual({
      ok: true,
      pair: { accessToken: 'a', refreshToken: 'r', expiresAt: new Date(NOW.getTime() + 90_000_000) },
    });
    expect(renewalOutcome(200, { error: -14020, error_name: 'Invalid refresh token', error_description: 'Refresh token is used or expired' }, NOW)).toEqual({
      ok: false,
      code: '-14020',
      message: 'Invalid refresh token: Refresh token is used or expired',
    });
    expect(renewalOutcome(200, { error_name: 'invalid_grant', error_reason: 'expired' }, NOW)).toEqual({ ok: false, code: 'http-200', message: 'invalid_grant: expired' });
    expect(renewalOutcome(502, null, NOW)).toMatchObject({ ok: false, code: 'http-502' });
  });

  it('asks eSMS for a brandname text by its documented fields and reads its codes', () => {
    expect(esmsRequest({ apiKey: 'k', secretKey: 's', brandname: 'PHUONG-BS', smsType: '2' }, '+84912345678', 'Điểm', 'vneid-7', true)).toEqual({
      ApiKey: 'k',
      SecretKey: 's',
      Phone: '0912345678',
      Content: 'Điểm',
      Brandname: 'PHUONG-BS',
      SmsType: '2',
      IsUnicode: '1',
      RequestId: 'vneid-7',
    });
    expect(esmsOutcome(200, { CodeResult: '100', SMSID: 'x' })).toEqual({ ok: true, smsId: 'x' });
    expect(esmsOutcome(200, { CodeResult: '124' })).toEqual({ ok: true });
    expect(esmsOutcome(200, { CodeResult: '103', ErrorMessage: 'Balance not enough' })).toEqual({ ok: false, code: '103', message: 'balance too low' });
    expect(esmsOutcome(500, null)).toMatchObject({ ok: false, code: 'http-500' });
  });
});
