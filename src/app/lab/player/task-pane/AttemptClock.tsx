import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { selectNow } from '../../../../views/organization';
import { useTenant } from '../../../tenant-context';
import { formatInstant } from '../../format-instant';
import { useLabSession } from '../../session-context';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums' },
});

/** "12:03", or "1:02:03" past the hour. */
export function formatElapsed(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  const two = (value: number) => String(value).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds % 60)}` : `${minutes}:${two(seconds % 60)}`;
}

/** The time the learner has spent on the attempt, ticking once a second. */
function useTimeSpent(): number {
  const session = useLabSession();
  const [spent, setSpent] = useState(() => session.activeMs());
  useEffect(() => {
    const timer = window.setInterval(() => setSpent(session.activeMs()), 1000);
    return () => window.clearInterval(timer);
  }, [session]);
  return spent;
}

/** The tenant's simulated time and the time spent on the attempt. */
export function AttemptClock() {
  const styles = useStyles();
  const now = useTenant(selectNow);
  const spent = useTimeSpent();
  return (
    <dl className={styles.list}>
      <dt className={styles.term}>Simulated time</dt>
      <dd className={styles.value}>
        <time dateTime={now}>{formatInstant(now)}</time>
      </dd>
      <dt className={styles.term}>Time spent</dt>
      <dd className={styles.value}>{formatElapsed(spent)}</dd>
    </dl>
  );
}
