import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const shimmer = {
  from: { backgroundPosition: '100% 0' },
  to: { backgroundPosition: '-100% 0' },
};

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXXL}` },
  bar: {
    borderRadius: tokens.borderRadiusMedium,
    backgroundImage: `linear-gradient(90deg, ${tokens.colorNeutralStencil1} 0%, ${tokens.colorNeutralStencil2} 50%, ${tokens.colorNeutralStencil1} 100%)`,
    backgroundSize: '200% 100%',
    animationName: shimmer,
    animationDuration: '1.4s',
    animationIterationCount: 'infinite',
    animationTimingFunction: 'linear',
    '@media (prefers-reduced-motion: reduce)': { animationName: 'none' },
  },
  heading: { width: '240px', height: '32px' },
  line: { width: 'min(640px, 80%)', height: '16px' },
  block: { width: 'min(960px, 100%)', height: '160px' },
});

/**
 * Shown while a page's code loads: the shape of a page (a heading, lines, a block) rather than a
 * bare "Loading…", said to screen readers as `label`. Plain styles, so the first download stays small.
 */
export function PageFallback({ label = 'Loading…' }: { label?: string } = {}) {
  const styles = useStyles();
  return (
    <div role="status" aria-label={label} aria-busy="true" className={styles.page} data-skeleton="">
      <div className={mergeClasses(styles.bar, styles.heading)} />
      <div className={mergeClasses(styles.bar, styles.line)} />
      <div className={mergeClasses(styles.bar, styles.line)} />
      <div className={mergeClasses(styles.bar, styles.block)} />
    </div>
  );
}
