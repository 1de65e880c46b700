/**
 * A timed process waiting on the simulated clock, e.g. purging a soft-deleted user. `kind` names
 * the process among those the areas handle (`user.purge`, `pim.activationEnd`…).
 */
export interface ScheduledProcess {
  readonly id: string;
  readonly kind: string;
  readonly dueDateTime: string;
  readonly targetId: string;
}
