import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons';
import { useSharedStyles } from './shared-styles';

const useStyles = makeStyles({
  steps: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  step: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  dot: {
    boxSizing: 'border-box',
    width: '20px',
    height: '20px',
    borderRadius: '50%',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    flexShrink: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  current: { color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  currentDot: { border: `6px solid ${tokens.colorBrandBackground}` },
  doneDot: { backgroundColor: tokens.colorBrandBackground, border: 'none', color: tokens.colorNeutralForegroundOnBrand },
});

/** The admin center wizards' step rail: done steps ticked, the current one marked. */
export function WizardRail({ label, steps, current }: { readonly label: string; readonly steps: readonly string[]; readonly current: number }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <ol className={styles.steps} aria-label={label}>
      {steps.map((step, i) => {
        const done = i < current;
        const isCurrent = i === current;
        return (
          <li key={step} className={mergeClasses(styles.step, isCurrent && styles.current)} aria-current={isCurrent ? 'step' : undefined}>
            <span className={mergeClasses(styles.dot, isCurrent && styles.currentDot, done && styles.doneDot)} aria-hidden>
              {done && <CheckmarkRegular fontSize={12} />}
            </span>
            {step}
            {done && <span className={shared.visuallyHidden}> (completed)</span>}
          </li>
        );
      })}
    </ol>
  );
}
