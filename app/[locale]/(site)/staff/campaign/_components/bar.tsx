import styles from '../campaign.module.css';

type Props = {
  /** Filled part, in percent of the full width. */
  value: number;
  /** Where a line marks what is expected, in percent. */
  marker?: number;
  behind?: boolean;
  label: string;
};

/** A small horizontal bar drawn as SVG, read out by its label; the numbers it draws are also printed beside it. */
export function Bar({ value, marker, behind = false, label }: Props) {
  const clamp = (n: number) => Math.min(100, Math.max(0, n));
  return (
    <svg className={styles.bar} viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label={label}>
      <rect className={styles.track} x="0" y="0" width="100" height="10" />
      <rect className={behind ? styles.fillBehind : styles.fill} x="0" y="0" width={clamp(value)} height="10" />
      {marker !== undefined && <rect className={styles.marker} x={Math.min(99, clamp(marker))} y="0" width="1" height="10" />}
    </svg>
  );
}
