import { addMilliseconds, parseDuration } from '../clock';
import { defineCommand } from '../command';
import { TENANT_ERRORS } from '../errors';
import { advanceClockTo } from '../processes';

/** Fast-forward the simulated clock by an ISO 8601 duration such as `P30D` or `PT2H`. */
export interface AdvanceClock {
  readonly type: 'clock.advance';
  readonly duration: string;
}

const UNITS = ['week', 'day', 'hour', 'minute', 'second'] as const;

/** "P1D" as "1 day", "PT1H30M" as "1 hour 30 minutes". */
export function describeDuration(duration: string): string {
  const match = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(duration);
  if (!match) return duration;
  const parts = UNITS.flatMap((unit, index) => {
    const count = Number(match[index + 1] ?? 0);
    return count ? [`${count} ${unit}${count === 1 ? '' : 's'}`] : [];
  });
  return parts.join(' ') || duration;
}

/** The longest single jump; a learner fast-forwards days or weeks, not centuries. */
const MAX_ADVANCE_MS = 400 * 86_400_000;

export const clockCommands = {
  'clock.advance': defineCommand<AdvanceClock>({
    describe: (command) => `Simulated time moved forward ${describeDuration(command.duration)}`,
    // Time is the sandbox's own control, not a directory permission: any learner may move it.
    permission: null,
    activity: null,
    validate(_tenant, command) {
      const milliseconds = parseDuration(command.duration);
      if (milliseconds === undefined || milliseconds <= 0 || milliseconds > MAX_ADVANCE_MS) {
        return TENANT_ERRORS.invalidFastForward(command.duration);
      }
      return undefined;
    },
    apply(draft, command, context) {
      advanceClockTo(draft, addMilliseconds(context.now, parseDuration(command.duration)!), context);
    },
  }),
};
