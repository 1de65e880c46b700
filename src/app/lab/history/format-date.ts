const dateTime = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric' });

/** "Mar 2, 2026, 10:00 AM": a wall-clock time in the learner's own time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "Mar 2": for the chart's axis. */
export function formatShortDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}
