/** A timed process waiting on the simulated clock, e.g. purging a soft-deleted user. */
export interface ScheduledProcess {
  readonly id: string;
  readonly kind: 'user.purge';
  readonly dueDateTime: string;
  readonly targetId: string;
}
