const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });

/** "Mar 2, 2026, 10:00 AM": a wall-clock time in the learner's own time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/**
 * The label every real-world date carries beside the sandbox's simulated one ("Simulated time" in
 * the strip and the task pane): when the learner sat it, by their own clock.
 */
export const REAL_TIME_LABEL = 'your clock';

/** "Mar 2": for the chart's axis. */
export function formatShortDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}
