import type { Command } from '../commands';
import { gesture, type GesturePart, type TenantCommand } from '../gesture';

/**
 * A form's click as the tenant takes it: the command or gesture to send, and each part's name in
 * the portal's words, so a refusal can say which step was refused ("Assign the Global
 * Administrator role").
 */
export interface Workflow {
  readonly command: TenantCommand;
  readonly steps: readonly string[];
}

export interface WorkflowStep {
  readonly part: Command | GesturePart;
  readonly step: string;
}

/** One part goes as a plain command, as the page would have sent it; more go as one gesture. */
export function workflow(name: string, steps: readonly WorkflowStep[]): Workflow {
  const only = steps.length === 1 ? steps[0]!.part : undefined;
  const command = only && !('bind' in only) ? ('command' in only ? only.command : only) : gesture(name, steps.map((step) => step.part));
  return { command, steps: steps.map((step) => step.step) };
}
