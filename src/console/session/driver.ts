import type { Run } from '../cmdlets/types';

export interface SliceOptions {
  /** How long one slice may run before the page gets the thread back. */
  readonly sliceMs: number;
  readonly now: () => number;
  /** Runs the next slice later (setTimeout, MessageChannel). */
  readonly schedule: (next: () => void) => void;
}

/** How many steps run between looks at the clock: reading it is not free. */
const CLOCK_INTERVAL = 256;

/**
 * Runs a script in slices: steps until the slice's time is up, then hands the thread back to the
 * page (to paint, and to take Ctrl+C) and goes on in the next slice. Together with the step
 * budget this keeps the page responsive whatever a script does: a long bulk job runs on in
 * slices, and a runaway loop is stopped by the budget.
 */
export function runInSlices<T>(job: Run<T>, options: SliceOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const slice = () => {
      const deadline = options.now() + options.sliceMs;
      try {
        for (let step = 1; ; step++) {
          const result = job.next();
          if (result.done) {
            resolve(result.value);
            return;
          }
          if (step % CLOCK_INTERVAL === 0 && options.now() >= deadline) break;
        }
      } catch (error) {
        reject(error);
        return;
      }
      options.schedule(slice);
    };
    slice();
  });
}
