/**
 * The time a learner spends with an attempt open and in view, on a monotonic clock. It starts
 * from what was saved before, so it keeps counting across reloads.
 */
export class TimeSpent {
  private base: number;
  private since: number | null;

  constructor(
    saved: number,
    private readonly clock: () => number,
  ) {
    this.base = saved;
    this.since = clock();
  }

  /** Milliseconds spent so far. */
  get ms(): number {
    return this.base + (this.since === null ? 0 : Math.max(0, this.clock() - this.since));
  }

  /** The tab was hidden or shown again: time counts only while the attempt is in view. */
  setVisible(visible: boolean): void {
    if (visible) this.since ??= this.clock();
    else if (this.since !== null) {
      this.base = this.ms;
      this.since = null;
    }
  }
}
