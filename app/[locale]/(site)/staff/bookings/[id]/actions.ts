'use server';

import { getLocale } from 'next-intl/server';
import { getDatabase } from '@/db/client';
import { type AttendanceChange, changeAttendance, reviewBooking } from '@/db/queries/staff-bookings';
import { redirect } from '@/i18n/navigation';
import { requireStaff } from '@/app/_services/staff/session';
import { recordId } from '@/lib/record-id';
import { formOf, postedText } from '@/lib/form-fields';

const CHANGES: AttendanceChange[] = ['check-in', 'no-show', 'undo'];

async function back(id: number, error?: string) {
  return redirect({ href: `/staff/bookings/${id}${error ? `?error=${error}` : ''}`, locale: await getLocale() });
}

export async function attendanceAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const id = recordId(formData.get('id'));
  const change = String(formData.get('change')) as AttendanceChange;
  if (!CHANGES.includes(change)) return back(id, 'not-found');
  const result = await changeAttendance((await getDatabase()).db, staff.scope, staff.user, id, change);
  return back(id, result.ok ? undefined : result.reason);
}

export async function reviewAction(formData: FormData) {
  formData = formOf(formData);
  const staff = await requireStaff();
  const id = recordId(formData.get('id'));
  const confirm = formData.get('decision') === 'confirm';
  const reason = postedText(formData, 'reason').trim().slice(0, 300);
  if (!confirm && !reason) return back(id, 'reasonRequired');
  const result = await reviewBooking((await getDatabase()).db, staff.scope, staff.user, id, confirm ? { confirm: true } : { confirm: false, reason });
  return back(id, result.ok ? undefined : result.reason);
}
