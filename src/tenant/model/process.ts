/** A timed process waiting on the simulated clock, e.g. purging a soft-deleted user. */
export interface ScheduledProcess {
  readonly id: string;
  readonly kind:
    | 'user.purge'
    /** A soft-deleted Microsoft 365 group reaches the end of its 30 days; targetId is the group. */
    | 'group.purge'
    /** A PIM activation reaches its end time; targetId is the schedule instance. */
    | 'pim.activationEnd'
    /** A time-bound PIM eligible assignment expires; targetId is the eligibility schedule. */
    | 'pim.eligibilityEnd'
    /** A subscription moves to its next lifecycle status; targetId is the subscription. */
    | 'subscription.lifecycle';
  readonly dueDateTime: string;
  readonly targetId: string;
}
