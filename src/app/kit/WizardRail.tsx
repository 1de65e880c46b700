import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useSharedStyles } from '../shell/shared-styles';

const useStyles = makeStyles({
  rail: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  step: {
    position: 'relative',
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalM,
    paddingBottom: tokens.spacingVerticalXXL,
    color: tokens.colorNeutralForeground3,
    // The line that joins one step's circle to the next.
    '::before': {
      content: '""',
      position: 'absolute',
      left: '7px',
      top: '20px',
      bottom: '2px',
      width: '2px',
      backgroundColor: tokens.colorNeutralStroke2,
    },
    ':last-child::before': { display: 'none' },
    ':last-child': { paddingBottom: 0 },
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  done: { color: tokens.colorNeutralForeground1 },
  dot: {
    flexShrink: 0,
    boxSizing: 'border-box',
    width: '16px',
    height: '16px',
    marginTop: '2px',
    borderRadius: '50%',
    border: `2px solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  },
  dotCurrent: { border: `4px solid ${tokens.colorBrandBackground}` },
  dotDone: { border: 'none', backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand, fontSize: '12px' },
});

/**
 * The admin center wizards' left rail: every step, the current one marked, the finished ones
 * ticked (`current` past the last step ticks them all). It shows where the learner is; moving
 * between steps is done with Back, Next and the review's Edit links.
 */
export function WizardRail({ label, steps, current }: { readonly label: string; readonly steps: readonly string[]; readonly current: number }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <nav aria-label={label}>
      <ol className={styles.rail}>
        {steps.map((step, index) => {
          const isCurrent = index === current;
          const isDone = index < current;
          return (
            <li key={step} className={mergeClasses(styles.step, isCurrent && styles.current, isDone && styles.done)} aria-current={isCurrent ? 'step' : undefined}>
              <span className={mergeClasses(styles.dot, isCurrent && styles.dotCurrent, isDone && styles.dotDone)} aria-hidden>
                {isDone && <CheckmarkRegular />}
              </span>
              <span>
                {step}
                {isDone && <span className={shared.visuallyHidden}> (completed)</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
