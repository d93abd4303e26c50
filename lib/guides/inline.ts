export type InlinePart = { text: string; label?: true };

/** Splits guide text into plain text and the app's on-screen labels, written `[[Label]]`. */
export function splitLabels(text: string): InlinePart[] {
  return text
    .split(/\[\[(.+?)\]\]/)
    .map((part, i) => (i % 2 === 1 ? { text: part, label: true as const } : { text: part }))
    .filter((part) => part.text !== '');
}
