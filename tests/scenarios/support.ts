import { SYSTEM_ACTOR, signedInAs, type Actor } from '../../src/tenant/actor';
import type { Tenant } from '../../src/tenant/model';
import { findUserByUserPrincipalName } from '../../src/tenant/selectors';
import { evaluateCheck, type Check, type GradingContext, type Outcome } from '../../src/scenario';
import { fixtureTenant } from '../../src/scenario/fixtures';
import type { Step } from '../../src/scenario/schema';
import { runSteps } from '../../src/scenario/steps';

/** Contoso after some steps (references by name allowed), as a grading context whose start is plain Contoso. */
export function contosoAfter(steps: readonly Step[], options: { start?: readonly Step[]; as?: string } = {}): GradingContext {
  const prepared = runSteps(fixtureTenant('contoso'), options.start ?? [], SYSTEM_ACTOR, ['start'], true);
  if (prepared.problems.length) throw new Error(prepared.problems.map((problem) => problem.message).join('\n'));
  const start = prepared.tenant;
  const run = runSteps(start, steps, actorFor(start, options.as), ['steps'], true);
  if (run.problems.length) throw new Error(run.problems.map((problem) => problem.message).join('\n'));
  return { start, final: run.tenant, auditStart: start.auditLog.size };
}

function actorFor(tenant: Tenant, userPrincipalName: string | undefined): Actor {
  if (!userPrincipalName) return SYSTEM_ACTOR;
  return signedInAs(findUserByUserPrincipalName(tenant, userPrincipalName)!.id);
}

/** A check without the fields every kind shares, kept as a union of the kinds. */
type CheckBody = Check extends infer C ? (C extends Check ? Omit<C, 'id' | 'points' | 'pass' | 'fail'> : never) : never;

/** Evaluates one check, given without the fields every check carries. */
export function evaluate(body: CheckBody, context: GradingContext): Outcome {
  return evaluateCheck({ id: 'check', points: 1, pass: 'passed', fail: 'failed', ...body } as Check, context);
}

export const untouched = (): GradingContext => contosoAfter([]);
