import { runSteps, type ScenarioInstance } from '../../../../scenario';
import { replayActions } from '../../../../session/actions';
import { describeChanges } from './describe-action';

/** The scenario's reference solution, read as what it changes: one line per step, in the portal's words. */
export function solutionLines(instance: ScenarioInstance): string[] {
  const solved = runSteps(instance.start, instance.solution, instance.actor, ['solution'], false);
  const { actions, final } = replayActions(instance.start, solved.log);
  return describeChanges(actions, final);
}
