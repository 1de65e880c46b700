const format = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * The simulated clock as the lab strip shows it, always in UTC: the tenant's clock is UTC and a
 * learner's time zone must not change what a scenario's deadline looks like.
 */
export function formatInstant(instant: string): string {
  return `${format.format(new Date(instant))} UTC`;
}
