import { makeStyles, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';

export const MAIN_CONTENT_ID = 'main-content';

const useStyles = makeStyles({
  link: {
    position: 'absolute',
    left: '8px',
    top: '8px',
    zIndex: 1000,
    padding: '8px 12px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForegroundLink,
    boxShadow: tokens.shadow16,
    // Off screen until focused, then over the lab strip's corner.
    transform: 'translateY(-200%)',
    ':focus': { transform: 'none', outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
});

/** The first stop for the keyboard: jumps past the lab strip, the top bar and the nav. */
export function SkipLink() {
  const styles = useStyles();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className={styles.link} onClick={skip}>
      Skip to main content
    </a>
  );
}
