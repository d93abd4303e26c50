import type { Booking, HelpPoint } from '@/db/schema';
import { formatPhone } from '@/lib/phone';
import { everyWeekday } from '@/lib/booking/weekday-hours';
import { localDate, localTime } from '@/lib/time';

export function helpPointJson(point: HelpPoint, places: { hamletName: string; wardName: string; wardCode: string }) {
  return {
    id: point.id,
    name: point.name,
    address: point.address,
    landmark: point.landmark,
    hamlet: places.hamletName,
    ward: places.wardName,
    wardCode: places.wardCode,
    // opensAt–closesAt spans the week; weekdays ('0' Sunday to '6' Saturday) gives each day's hours, null when closed.
    hours: { opensAt: point.opensAt, closesAt: point.closesAt, weekdays: everyWeekday(point) },
    slotMinutes: point.slotMinutes,
    seatsPerSlot: point.seatsPerSlot,
    campaign: { start: point.campaignStart, end: point.campaignEnd },
    closedDays: point.closedDays,
    needsConfirmation: point.needsConfirmation,
  };
}

export function bookingJson(booking: Booking, point: HelpPoint) {
  return {
    code: booking.code,
    status: booking.status,
    startsAt: booking.startsAt.toISOString(),
    date: localDate(booking.startsAt),
    time: localTime(booking.startsAt),
    people: booking.people,
    fullName: booking.fullName,
    phone: formatPhone(booking.phone),
    need: booking.need,
    notes: booking.notes,
    declineReason: booking.declineReason,
    helpPoint: { id: point.id, name: point.name, address: point.address, landmark: point.landmark },
  };
}
