import { describe, expect, it } from 'vitest';
import { hashToken, newBookingCode, newBookingToken, parseBookingCode } from '@/lib/booking-code';

describe('booking codes', () => {
  it('are six unambiguous characters in two groups', () => {
    for (let i = 0; i < 200; i++) expect(newBookingCode()).toMatch(/^[ACDEFGHJKMNPQRTUVWXY3479]{3}-[ACDEFGHJKMNPQRTUVWXY3479]{3}$/);
  });

  it('never use characters that are confused when read aloud', () => {
    const seen = Array.from({ length: 500 }, newBookingCode).join('');
    expect(seen).not.toMatch(/[0O1IL2Z5S8B]/);
  });

  it('are read back as typed, in any case and spacing', () => {
    expect(parseBookingCode('acd 479')).toBe('ACD-479');
    expect(parseBookingCode('ACD-479')).toBe('ACD-479');
    expect(parseBookingCode('AC0-479')).toBeNull();
    expect(parseBookingCode('ACD-47')).toBeNull();
  });
});

describe('booking tokens', () => {
  it('carry at least 128 bits, and their hash does not hold them', () => {
    const token = newBookingToken();
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toContain(token);
    expect(newBookingToken()).not.toBe(token);
  });
});
