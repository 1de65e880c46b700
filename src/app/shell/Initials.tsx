import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  circle: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    borderRadius: tokens.borderRadiusCircular,
    // Dark enough for white initials to meet WCAG AA contrast (6:1).
    backgroundColor: '#7a5c00',
    color: '#ffffff',
    fontWeight: tokens.fontWeightSemibold,
    flexShrink: 0,
    userSelect: 'none',
  },
});

/** "MOD Administrator" → "MA": the first letters of the first and last words, as the portals show. */
export function initialsOf(name: string): string {
  const words = name.split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * The account picture the portals draw when a user has no photo: initials on a colour. Drawn
 * here rather than with Fluent's Avatar, which would bring presence badges into the first
 * download for no gain.
 */
export function Initials({ name, size }: { name: string; size: number }) {
  const styles = useStyles();
  return (
    <span className={styles.circle} style={{ width: size, height: size, fontSize: Math.round(size * 0.4) }} aria-hidden="true">
      {initialsOf(name)}
    </span>
  );
}
