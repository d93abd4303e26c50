import { splitLabels } from '@/lib/guides/inline';
import styles from './guide.module.css';

/** Guide text with the app's on-screen labels set apart, so readers look for exactly those words. */
export function LabelledText({ text }: { text: string }) {
  return splitLabels(text).map((part, i) =>
    part.label ? (
      <q key={i} className={styles.uiLabel} lang="vi">
        {part.text}
      </q>
    ) : (
      part.text
    ),
  );
}
