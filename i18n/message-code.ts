/** A code from the page address (?error=, ?done=) if it names one of these messages; a made-up one names none. */
export const messageCode = (messages: object, code: string | undefined) => (code && Object.hasOwn(messages, code) ? code : undefined);
