import { describe, expect, it } from 'vitest';
import { resendFormSchema } from '@/lib/booking/resend-schema';
import { fieldErrors } from '@/lib/field-errors';
import { linksMessage } from '@/lib/messaging/sms-text';
import { toInstant } from '@/lib/time';

const errorsFor = (value: unknown) => {
  const parsed = resendFormSchema.safeParse({ phone: value });
  return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('asking for the booking links again', () => {
  it('takes a mobile number as people type it, in the stored form', () => {
    expect(resendFormSchema.parse({ phone: ' 0912.345.678 ' })).toEqual({ phone: '+84912345678' });
    expect(resendFormSchema.parse({ phone: '+84 912 345 678' })).toEqual({ phone: '+84912345678' });
  });

  it('asks for a number when none is given, and says when it is not a mobile number', () => {
    expect(errorsFor('')).toEqual({ phone: 'phoneRequired' });
    expect(errorsFor('   ')).toEqual({ phone: 'phoneRequired' });
    expect(errorsFor(undefined)).toEqual({ phone: 'phoneRequired' });
    expect(errorsFor('0243 123 456')).toEqual({ phone: 'phoneInvalid' });
  });

  it('texts every link on its own line after its time and day, saying they replace the old ones', () => {
    const text = linksMessage([
      { startsAt: toInstant('2026-11-26', '08:10'), link: 'https://example.vn/booking/ACD-479?t=a' },
      { startsAt: toInstant('2026-11-27', '14:10'), link: 'https://example.vn/booking/KMN-347?t=b' },
    ]).body;
    expect(text).toBe(
      'Điểm hỗ trợ VNeID: đường dẫn mới tới lịch hẹn của bạn, thay cho đường dẫn cũ:\n08:10 26/11/2026: https://example.vn/booking/ACD-479?t=a\n14:10 27/11/2026: https://example.vn/booking/KMN-347?t=b',
    );
  });
});
