import { useCallback, useState } from 'react';
import { browserStorage } from '../../../../session/wal';

const KEY_PREFIX = 'tenant-lab.hints.';

function stored(attemptId: string): number {
  try {
    const value = Number(browserStorage()?.getItem(KEY_PREFIX + attemptId));
    return Number.isInteger(value) && value > 0 ? value : 0;
  } catch {
    return 0;
  }
}

/**
 * How many of the attempt's hints the learner has revealed, remembered for the attempt: a hint
 * once shown stays shown after a reload, and after the pane is hidden and shown again.
 */
export function useRevealedHints(attemptId: string, total: number): readonly [number, (count: number) => void] {
  const [shown, setShown] = useState(() => Math.min(total, stored(attemptId)));
  const reveal = useCallback(
    (count: number) => {
      setShown(count);
      try {
        browserStorage()?.setItem(KEY_PREFIX + attemptId, String(count));
      } catch {
        // Not remembered: the hint is shown all the same.
      }
    },
    [attemptId],
  );
  return [shown, reveal];
}
