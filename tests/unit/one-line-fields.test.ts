import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { resendFormSchema } from '@/lib/booking/resend-schema';
import { bookingFormSchema } from '@/lib/booking/schema';
import { fieldErrors } from '@/lib/field-errors';
import { accountSchema, newAccountSchema } from '@/lib/staff/account-schema';
import { helpPointFormSchema } from '@/lib/staff/help-point-schema';
import { kioskFormSchema } from '@/lib/staff/kiosk-schema';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';
import { personSearchSchema } from '@/lib/staff/person-data-schema';
import { selfReportFormSchema } from '@/lib/staff/self-report-schema';
import vi from '@/messages/vi.json';

/** The message a form would show beside one field for these values (other fields may be missing: only this one is asked). */
const errorOf = (schema: z.ZodType, values: Record<string, unknown>, field: string) => {
  const parsed = schema.safeParse(values);
  return parsed.success ? undefined : fieldErrors(parsed.error)[field];
};

/** Each way a value can be split over lines, or hold a control character. */
const BROKEN = ['\n', '\r\n', '\r', '\t', '\u2028', '\u0007'];

const SINGLE_LINE: { form: string; schema: z.ZodType; field: string; good: string; others?: Record<string, unknown> }[] = [
  { form: 'booking', schema: bookingFormSchema, field: 'fullName', good: 'Nguyễn Thị Hường' },
  { form: 'booking', schema: bookingFormSchema, field: 'phone', good: '0912 345 678' },
  { form: 'links again', schema: resendFormSchema, field: 'phone', good: '0912 345 678' },
  { form: 'help point', schema: helpPointFormSchema, field: 'name', good: 'Nhà văn hóa khu phố 5' },
  { form: 'help point', schema: helpPointFormSchema, field: 'address', good: 'Số 12, Khu phố 5, phường Bỉm Sơn' },
  { form: 'help point', schema: helpPointFormSchema, field: 'landmark', good: 'Cạnh chợ' },
  { form: 'account', schema: accountSchema, field: 'displayName', good: 'Tổ hướng dẫn khu phố 5' },
  { form: 'account', schema: accountSchema, field: 'phone', good: '0912 345 678' },
  { form: 'new account', schema: newAccountSchema, field: 'username', good: 'huongdan-kp5', others: { displayName: 'Tổ 5', role: 'admin' } },
  { form: 'kiosk', schema: kioskFormSchema, field: 'label', good: 'Máy tính bảng 1' },
  { form: 'outcome', schema: outcomeFormSchema, field: 'fullName', good: 'Lê Thị Hoa' },
  { form: 'outcome', schema: outcomeFormSchema, field: 'phone', good: '0912 345 678' },
  { form: 'self-report', schema: selfReportFormSchema, field: 'fullName', good: 'Lê Thị Hoa' },
  { form: 'self-report', schema: selfReportFormSchema, field: 'phone', good: '0912 345 678' },
  { form: 'data search', schema: personSearchSchema, field: 'fullName', good: 'Lê Thị Hoa' },
  { form: 'data search', schema: personSearchSchema, field: 'phone', good: '0912 345 678' },
];

describe('single-line fields', () => {
  for (const { form, schema, field, good, others = {} } of SINGLE_LINE) {
    it(`the ${form} form's ${field} takes one line and refuses a line break, a tab or a control character inside`, () => {
      expect(errorOf(schema, { ...others, [field]: good }, field)).toBeUndefined();
      // A break typed or pasted at either end is trimmed, as spaces are.
      if (field !== 'username') expect(errorOf(schema, { ...others, [field]: `${good}\r\n` }, field)).toBeUndefined();
      const [first, ...rest] = good.split(' ');
      for (const broken of BROKEN) {
        const value = rest.length ? `${first}${broken}${rest.join(' ')}` : `${good.slice(0, 6)}${broken}${good.slice(6)}`;
        expect(errorOf(schema, { ...others, [field]: value }, field), JSON.stringify(value)).toBe(field === 'username' ? 'usernameInvalid' : 'oneLine');
      }
    });
  }

  it('says so in plain Vietnamese on every form with such a field', () => {
    for (const namespace of ['BookForm', 'Resend', 'StaffHelpPoints', 'StaffAccounts', 'StaffKiosks', 'Staff', 'Report', 'StaffPrivacy'] as const) {
      expect(vi[namespace].errors.oneLine).toBe('Chỉ ghi trên một dòng.');
    }
  });

  it('notes keep their line breaks', () => {
    const notes = 'Đi xe lăn.\r\nGọi trước khi đến.';
    expect(errorOf(bookingFormSchema, { notes }, 'notes')).toBeUndefined();
    expect(errorOf(outcomeFormSchema, { householdNote: notes, blockerNote: notes }, 'householdNote')).toBeUndefined();
    expect(errorOf(outcomeFormSchema, { householdNote: notes, blockerNote: notes }, 'blockerNote')).toBeUndefined();
    expect(errorOf(selfReportFormSchema, { note: notes }, 'note')).toBeUndefined();
  });
});
