import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { WizardRail } from './WizardRail';

const useStyles = makeStyles({
  wizard: {
    display: 'grid',
    gridTemplateColumns: '200px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXXL,
    alignItems: 'start',
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXL },
  },
  page: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
  },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, maxWidth: '720px', minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, ':focus': { outline: 'none' } },
  footer: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalL,
    marginTop: tokens.spacingVerticalS,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface WizardProps {
  /** The rail's accessible name, e.g. "Add a user steps". */
  readonly railLabel: string;
  /** The steps' names, as the rail lists them. */
  readonly steps: readonly string[];
  /** The current step's index; past the last step, every step is ticked. */
  readonly current: number;
  readonly heading: string;
  /** What the shown step is, when more than `current` says (a confirmation after the last step). */
  readonly stepKey?: string;
  /** On a card of its own (a full-page wizard), or bare inside a flyout whose footer holds the buttons. */
  readonly appearance?: 'page' | 'plain';
  readonly children: ReactNode;
  /** Back / Next / Finish, under the step, for a full-page wizard. */
  readonly footer?: ReactNode;
}

/**
 * A wizard as the admin center draws one: the step rail on the left, the step's heading, its
 * fields, and the buttons. When the step changes, focus moves to the new heading so keyboard and
 * screen reader users start at the top of the step.
 */
export function Wizard({ railLabel, steps, current, heading, stepKey, appearance = 'page', children, footer }: WizardProps) {
  const styles = useStyles();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = stepKey ?? String(current);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);
  return (
    <div className={mergeClasses(styles.wizard, appearance === 'page' && styles.page)}>
      <WizardRail label={railLabel} steps={steps} current={current} />
      <section className={styles.content} aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.heading}>
          {heading}
        </h2>
        {children}
        {footer && <div className={styles.footer}>{footer}</div>}
      </section>
    </div>
  );
}
