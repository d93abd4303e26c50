import { expect, it } from 'vitest';
import { postedText, postedValues, sentValues } from '@/lib/form-fields';
import { readJson } from '@/lib/http/read-json';
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

const HUONG_NFD = 'Nguyễn Thị Hường'.normalize('NFD');

it('reads every posted text in NFC, however the keyboard composed it', () => {
  const form = new FormData();
  form.set('fullName', HUONG_NFD);
  form.append('steps', 'activated');
  const values = postedValues(form, ['fullName', 'phone'], ['steps']);
  expect(values.fullName).toBe('Nguyễn Thị Hường'.normalize('NFC'));
  expect(values.fullName).not.toBe(HUONG_NFD);
  expect(values).toMatchObject({ phone: '', steps: ['activated'] });
  expect(postedText(form, 'fullName')).toBe(values.fullName);
});

it('keeps only the fields a form sent, in NFC', () => {
  const form = new FormData();
  form.set('fullName', HUONG_NFD);
  expect(sentValues(form, ['fullName', 'notes'])).toEqual({ fullName: 'Nguyễn Thị Hường'.normalize('NFC') });
});

it('reads a JSON body with every string in NFC, at any depth', async () => {
  const body = { userId: 1, records: [{ data: { fullName: HUONG_NFD, steps: ['activated'] } }] };
  const request = new Request('http://localhost/api', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  const read = await readJson(request);
  expect('body' in read && read.body).toEqual({ userId: 1, records: [{ data: { fullName: 'Nguyễn Thị Hường'.normalize('NFC'), steps: ['activated'] } }] });
});
