/** The most a JSON API request body may hold; browsers read it too, to split what they send. */
export const MAX_BODY_BYTES = 16 * 1024;
