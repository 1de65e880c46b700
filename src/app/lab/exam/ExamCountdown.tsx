import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { TimerRegular } from '@fluentui/react-icons';
import { formatRemaining, speakRemaining } from './useCountdown';

const useStyles = makeStyles({
  timer: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
  large: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  low: { backgroundColor: tokens.colorPaletteDarkOrangeBackground1, color: tokens.colorPaletteDarkOrangeForeground1 },
  last: { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1 },
  label: { fontWeight: tokens.fontWeightRegular, fontSize: tokens.fontSizeBase300 },
  hidden: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' },
});

/** The moments worth saying out loud: a screen reader hears these, not every second. */
const WARNINGS_MS = [10 * 60_000, 5 * 60_000, 60_000] as const;

function warningFor(remaining: number): string | null {
  if (remaining === 0) return 'Time is up. Your exam is being submitted.';
  const passed = WARNINGS_MS.filter((mark) => remaining <= mark);
  const mark = passed[passed.length - 1];
  return mark === undefined ? null : `${speakRemaining(mark)} left in your exam.`;
}

export interface ExamCountdownProps {
  readonly remainingMs: number;
  readonly size?: 'medium' | 'large';
}

/** The exam's time left, always on screen; it warns in colour and, at a few moments, in words. */
export function ExamCountdown({ remainingMs, size = 'medium' }: ExamCountdownProps) {
  const styles = useStyles();
  const warning = warningFor(remainingMs);
  return (
    <>
      <span
        role="timer"
        aria-label={`Time left: ${speakRemaining(remainingMs)}`}
        className={mergeClasses(styles.timer, size === 'large' && styles.large, remainingMs <= 5 * 60_000 && styles.low, remainingMs <= 60_000 && styles.last)}
      >
        <TimerRegular aria-hidden />
        <span className={styles.label} aria-hidden>
          Time left
        </span>
        <span aria-hidden>{formatRemaining(remainingMs)}</span>
      </span>
      {/* Its text changes only when a new mark is reached, so each is announced once. */}
      <span className={styles.hidden} aria-live="polite">
        {warning}
      </span>
    </>
  );
}
