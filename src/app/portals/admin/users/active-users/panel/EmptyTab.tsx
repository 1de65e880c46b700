import { makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  empty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingTop: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** A tab the sandbox has nothing for (devices, OneDrive), saying so plainly. */
export function EmptyTab({ title, detail }: { title: string; detail: string }) {
  const styles = useStyles();
  return (
    <div className={styles.empty}>
      <Text weight="semibold">{title}</Text>
      <Text className={styles.muted}>{detail}</Text>
    </div>
  );
}
