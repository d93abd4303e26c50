import { expect, it } from 'vitest';
import { outcomeFormSchema } from '@/lib/staff/outcome-schema';

const outcome = { hamletId: '5', fullName: 'Lê Thị Hoa', targetGroup: 'other-citizen' };

it('reads ticked steps the same from a plain post and from react-hook-form', () => {
  const steps = (value: unknown) => outcomeFormSchema.parse({ ...outcome, steps: value }).steps;
  expect(steps(undefined)).toEqual([]);
  expect(steps(false)).toEqual([]);
  expect(steps('app-installed')).toEqual(['app-installed']);
  expect(steps(['app-installed', 'activated'])).toEqual(['app-installed', 'activated']);
});

it('treats an empty optional field as not given', () => {
  expect(outcomeFormSchema.parse({ ...outcome, phone: '', case: '', bookingId: '' })).toMatchObject({ phone: undefined, case: undefined, bookingId: undefined });
});
