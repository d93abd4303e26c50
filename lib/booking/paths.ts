/** A booking's own page, or its move page, as opened by its code and secret token (the path, without language). */
export const bookingPath = (code: string, token: string, page: '' | '/move' = '') => `/booking/${code}${page}?t=${encodeURIComponent(token)}`;

/** The page of a waitlist entry, opened by the link of the text on joining or of an offer. */
export const waitlistPath = (id: number, token: string) => `/waitlist/${id}?t=${encodeURIComponent(token)}`;

/** Booking opened at one help point, its ward and hamlet already chosen: only a day and a time are left. */
export const bookAtPointPath = (point: { id: number; hamletId: number }, wardCode: string) => `/book?ward=${encodeURIComponent(wardCode)}&hamlet=${point.hamletId}&point=${point.id}`;

/** Where a citizen lands once booked: their booking's own page, which then says it is booked and that its link went by text. */
export const newBookingPath = (code: string, token: string) => `${bookingPath(code, token)}&booked=1`;
