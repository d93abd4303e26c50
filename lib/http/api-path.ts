/** Whether an address is the JSON API's, which answers problems rather than pages. */
export const isApiPath = (url: string) => /^\/api(\/|$)/.test(url);
