/*
 * Dates as the portals print them (US English), always in UTC: the tenant's clock is UTC, and a
 * learner's time zone must not move a role's end time or a trial's last day.
 */

const dateFormat = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'long', day: 'numeric', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

const DAY_MS = 86_400_000;

/** "March 2, 2026". */
export function formatDate(instant: string): string {
  return dateFormat.format(new Date(instant));
}

/** "3/2/2026, 9:00 AM UTC". */
export function formatDateTime(instant: string): string {
  return `${dateTimeFormat.format(new Date(instant))} UTC`;
}

/** Whole days from `now` until `instant`, rounded up, never below zero. */
export function daysUntil(now: string, instant: string): number {
  return Math.max(0, Math.ceil((Date.parse(instant) - Date.parse(now)) / DAY_MS));
}
