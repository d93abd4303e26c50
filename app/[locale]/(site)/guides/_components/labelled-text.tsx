import { splitLabels } from '@/lib/guides/inline';

/** Guide text with the app's on-screen labels set apart, so readers look for exactly those words. */
export function LabelledText({ text }: { text: string }) {
  return splitLabels(text).map((part, i) =>
    part.label ? (
      <q key={i} className="ui-label" lang="vi">
        {part.text}
      </q>
    ) : (
      part.text
    ),
  );
}
