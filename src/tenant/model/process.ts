/** A timed process waiting on the simulated clock, e.g. purging a soft-deleted user. */
export interface ScheduledProcess {
  readonly id: string;
  readonly kind:
    | 'user.purge'
    /** A soft-deleted Microsoft 365 group reaches the end of its 30 days; targetId is the group. */
    | 'group.purge';
  readonly dueDateTime: string;
  readonly targetId: string;
}
