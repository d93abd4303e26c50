import { expect, it } from 'vitest';
import { isBadRequestTarget } from '@/lib/http/request-target';
import { cleanText, controlCharacterPaths } from '@/lib/unicode';

it('refuses addresses Next.js cannot decode or that carry control characters', () => {
  for (const url of ['/bookings/%E0%A4%A', '/staff/bookings/%ZZ', '/guides/%', '/api/help-points/%C0%AF/slots', '/booking/%00', '/api/help-points?ward=a%00b', '/staff/today?q=%1B', '/x?%00=1']) {
    expect(isBadRequestTarget(url), url).toBe(true);
  }
  for (const url of ['/', '/guides/cai-dat', '/en/staff/today?day=2026-11-26', `/staff/today?q=${encodeURIComponent('Nguyễn Thị Hường')}`, '/staff/today?q=a%09b', '/book?ward=%ZZ', '/api/help-points/99999999999/slots']) {
    expect(isBadRequestTarget(url), url).toBe(false);
  }
});

it('takes control characters out of typed text, keeping tabs and line breaks', () => {
  expect(cleanText('Hoa\u0000\u0007\u007f\u0085 Lê\n\tx')).toBe('Hoa Lê\n\tx');
  expect(cleanText('Hường'.normalize('NFD'))).toBe('Hường'.normalize('NFC'));
});

it('names where a JSON body holds a control character', () => {
  expect(controlCharacterPaths({ fullName: 'a\u0000', notes: 'line\nline', records: [{ data: { note: '\u001b' } }] })).toEqual(['fullName', 'records.0.data.note']);
  expect(controlCharacterPaths(['ok', 1, null, true])).toEqual([]);
});
