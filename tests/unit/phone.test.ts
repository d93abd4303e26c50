import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone } from '@/lib/phone';

describe('Vietnamese mobile numbers', () => {
  it.each(['0912345678', '0912 345 678', '0912.345.678', '+84 912 345 678', '+84912345678', '84912345678', ' 0912-345-678 '])(
    'accepts %j as +84912345678',
    (input) => expect(normalizePhone(input)).toBe('+84912345678'),
  );

  it.each(['', '12345', '0212345678', '091234567', '09123456789', '+1 912 345 678', 'abc0912345678', '0912345678; drop table'])(
    'refuses %j',
    (input) => expect(normalizePhone(input)).toBeNull(),
  );

  it('accepts every mobile prefix in use', () => {
    for (const prefix of ['032', '056', '070', '081', '086', '096', '099']) expect(normalizePhone(`${prefix}1234567`)).not.toBeNull();
  });

  it('shows a number the way people read it', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
  });
});
