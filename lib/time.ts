/** Every time the app shows or computes is Vietnamese time, whatever the server's TZ. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
