import { describe, expect, it } from 'vitest';
import { messagingSettings } from '@/lib/messaging/settings';

const ZALO = { ZALO_APP_ID: '123', ZALO_APP_SECRET: 'secret', ZALO_REFRESH_TOKEN: 'first' };

describe('the messaging settings', () => {
  it('turn ZNS on with its three credentials, with Zalo addresses and a 10 s timeout by default', () => {
    const read = messagingSettings({ ...ZALO, ZALO_ZNS_TEMPLATES: '{"confirmed":"301001","links":{"id":"301002","params":{"links":"ds_lien_ket"}}}' });
    expect(read).toMatchObject({
      ok: true,
      settings: {
        zalo: { apiBase: 'https://business.openapi.zalo.me', oauthBase: 'https://oauth.zaloapp.com', templates: { confirmed: { id: '301001', params: {} }, links: { id: '301002', params: { links: 'ds_lien_ket' } } } },
        timeoutMs: 10_000,
        withoutDiacritics: false,
      },
    });
    expect(messagingSettings({ ZALO_APP_ID: '123', ZALO_APP_SECRET: 'secret' })).toMatchObject({ ok: true, settings: { zalo: undefined } });
  });

  it('name the setting whose value is wrong', () => {
    expect(messagingSettings({ ...ZALO, ZALO_ZNS_TEMPLATES: '{"confirmed": 301001' })).toEqual({ ok: false, error: 'ZALO_ZNS_TEMPLATES is not valid JSON.' });
    expect(messagingSettings({ ZALO_ZNS_TEMPLATES: '{"confirm":"301001"}' })).toMatchObject({ ok: false, error: expect.stringMatching(/^ZALO_ZNS_TEMPLATES .*confirm/) });
    expect(messagingSettings({ ZALO_ZNS_TEMPLATES: '{"confirmed":"mẫu 1"}' })).toMatchObject({ ok: false, error: expect.stringMatching(/^ZALO_ZNS_TEMPLATES /) });
    expect(messagingSettings({ ZALO_API_BASE: 'zalo' })).toMatchObject({ ok: false, error: expect.stringMatching(/^ZALO_API_BASE /) });
    expect(messagingSettings({ SMS_WITHOUT_DIACRITICS: 'yes' })).toMatchObject({ ok: false, error: expect.stringMatching(/^SMS_WITHOUT_DIACRITICS /) });
    expect(messagingSettings({ MESSAGE_TIMEOUT_SECONDS: '0' })).toMatchObject({ ok: false, error: expect.stringMatching(/^MESSAGE_TIMEOUT_SECONDS /) });
  });

  it('send SMS through eSMS with its keys, as customer care (type 2) unless set otherwise', () => {
    expect(messagingSettings({ ESMS_API_KEY: 'k', ESMS_SECRET_KEY: 's', ESMS_BRANDNAME: 'PHUONG-BS' })).toMatchObject({
      ok: true,
      settings: { esms: { apiKey: 'k', secretKey: 's', brandname: 'PHUONG-BS', smsType: '2', apiBase: 'https://rest.esms.vn/MainService.svc/json' } },
    });
  });
});
