/** A booking's own page, or its move page, as opened by its code and secret token (the path, without language). */
export const bookingPath = (code: string, token: string, page: '' | '/move' = '') => `/booking/${code}${page}?t=${encodeURIComponent(token)}`;
