import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { StepRail, type RailStep } from './StepRail';

const useStyles = makeStyles({
  wizard: {
    display: 'grid',
    gridTemplateColumns: '200px minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    '@media (max-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr)', rowGap: tokens.spacingVerticalXL },
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

export interface WizardLayoutProps {
  /** The rail's accessible name, e.g. "Add a user steps". */
  readonly railLabel: string;
  readonly steps: readonly RailStep[];
  readonly current: number;
  readonly heading: string;
  readonly children: ReactNode;
  /** Back / Next / Finish. */
  readonly footer?: ReactNode;
}

/**
 * A full-page wizard as the admin center draws one: the step rail on the left, the step's
 * heading, its fields, and the buttons at the bottom. When the step changes, focus moves to the
 * new heading so keyboard and screen reader users start at the top of the step.
 */
export function WizardLayout({ railLabel, steps, current, heading, children, footer }: WizardLayoutProps) {
  const styles = useStyles();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(current);
  useEffect(() => {
    if (shownStep.current === current) return;
    shownStep.current = current;
    headingRef.current?.focus();
  }, [current]);
  return (
    <div className={styles.wizard}>
      <StepRail label={railLabel} steps={steps} current={current} />
      <section className={styles.content} aria-labelledby="wizard-step-heading">
        <h2 id="wizard-step-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
          {heading}
        </h2>
        {children}
        {footer && <div className={styles.footer}>{footer}</div>}
      </section>
    </div>
  );
}
