import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  loading: { padding: tokens.spacingHorizontalXXXL, color: tokens.colorNeutralForeground3 },
});

/** Shown while a page's code loads; plain text, so the first download stays small. */
export function PageFallback() {
  const styles = useStyles();
  return (
    <p role="status" className={styles.loading}>
      Loading…
    </p>
  );
}
