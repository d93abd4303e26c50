/** A guide's step, by the id its QR codes and links point to. */
export const STEP = 'li[id^="step-"]';

/** A step's read-aloud control (a button, or how to get a voice), which appears once the page is hydrated. */
export const READ_ALOUD = `${STEP} :is(button, details)`;
