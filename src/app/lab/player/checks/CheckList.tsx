import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled } from '@fluentui/react-icons';
import type { CheckResult } from '../../../../scenario';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, alignItems: 'start' },
  icon: { marginTop: '2px' },
  passed: { color: tokens.colorStatusSuccessForeground1 },
  failed: { color: tokens.colorStatusDangerForeground1 },
  status: { fontWeight: tokens.fontWeightSemibold },
  found: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  points: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Each check with pass or fail, the author's feedback and, for a failure, what the grader found. */
export function CheckList({ checks, label, hideAnswers = false }: { checks: readonly CheckResult[]; label: string; hideAnswers?: boolean }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label}>
      {checks.map((check) => (
        <li key={check.id} className={styles.item}>
          {check.passed ? (
            <CheckmarkCircle16Filled className={mergeClasses(styles.icon, styles.passed)} aria-hidden />
          ) : (
            <DismissCircle16Filled className={mergeClasses(styles.icon, styles.failed)} aria-hidden />
          )}
          <span>
            <span className={styles.status}>{check.waiting ? 'Holds: ' : check.passed ? 'Passed: ' : 'Not yet: '}</span>
            {hideAnswers ? check.hintSafe.message : check.message}
            {!check.passed && check.found && <span className={styles.found}>Found: {hideAnswers ? check.hintSafe.found : check.found}</span>}
            <span className={styles.points}>
              {pointsText(check.earned, check.points)}
              {check.waiting ? ': this already held at the start, so it counts once you have done part of the task' : ''}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** "7 of 10 points", "0 of 1 point". */
export function pointsText(earned: number, total: number): string {
  return `${earned} of ${total} ${total === 1 ? 'point' : 'points'}`;
}
