import { describe, expect, it } from 'vitest';
import { contosoAfter, evaluate } from '../scenarios/support';

const reset = { type: 'user.resetPassword', userId: { user: 'LynneR@contoso.com' }, forceChangePasswordNextSignIn: true };

describe('audit', () => {
  it('finds the learner’s activity by name, target and initiator', () => {
    const context = contosoAfter([reset], { as: 'AllanD@contoso.com' });
    expect(evaluate({ kind: 'audit', activity: 'reset user password', target: 'lynner@contoso.com', initiatedBy: 'AllanD@contoso.com' }, context)).toEqual({
      passed: true,
      found: "The audit log shows 'Reset user password' on LynneR@contoso.com by AllanD@contoso.com at 2026-03-02T09:00:00.000Z (success).",
    });
  });

  it('lists what was recorded when the activity is missing', () => {
    const context = contosoAfter([reset], { as: 'AllanD@contoso.com' });
    expect(evaluate({ kind: 'audit', activity: 'Reset user password', initiatedBy: 'admin@contoso.onmicrosoft.com' }, context)).toEqual({
      passed: false,
      found: "The audit log shows no successful 'Reset user password' by admin@contoso.onmicrosoft.com since the start; activities recorded: Reset user password, Reset password (by admin).",
    });
  });

  it('ignores what the scenario’s setup wrote before the learner started', () => {
    const context = contosoAfter([], { start: [reset] });
    expect(evaluate({ kind: 'audit', activity: 'Reset user password' }, context)).toEqual({
      passed: false,
      found: "The audit log shows no successful 'Reset user password' since the start; activities recorded: none.",
    });
  });

  it('occurred: false fails when the activity happened, and result: failure matches rejected commands', () => {
    const context = contosoAfter([{ type: 'user.delete', userId: { user: 'AlexW@contoso.com' } }], { as: 'admin@contoso.onmicrosoft.com' });
    expect(evaluate({ kind: 'audit', activity: 'Delete user', occurred: false }, context)).toEqual({
      passed: false,
      found: "The audit log shows 'Delete user' on AlexW@contoso.com by admin@contoso.onmicrosoft.com at 2026-03-02T09:00:00.000Z (success).",
    });
    expect(evaluate({ kind: 'audit', activity: 'Delete user', result: 'failure' }, context).passed).toBe(false);
    expect(evaluate({ kind: 'audit', activity: 'Restore user', occurred: false }, context)).toEqual({
      passed: true,
      found: "The audit log shows no successful 'Restore user'.",
    });
  });
});

describe('audit with result: failure', () => {
  it('sees the failure record a refused command left in the attempt, by target and initiator', async () => {
    const { fixtureTenant } = await import('../../src/scenario/fixtures');
    const { runSteps } = await import('../../src/scenario/steps');
    const { signedInAs } = await import('../../src/tenant/actor');
    const { findUserByUserPrincipalName } = await import('../../src/tenant/selectors');
    const start = fixtureTenant('contoso');
    const emily = signedInAs(findUserByUserPrincipalName(start, 'EmilyB@contoso.com')!.id);
    // A License Administrator can't reset passwords: the tenant refuses, and Entra logs the failure.
    const run = runSteps(start, [{ ...reset, userId: { user: 'MeganB@contoso.com' } }], emily, ['steps'], false);
    expect(run.rejections).toHaveLength(1);
    const context = { start, final: run.tenant, auditStart: start.auditLog.size, failures: run.failures };
    const check = { kind: 'audit', activity: 'Reset user password', result: 'failure', target: 'MeganB@contoso.com', initiatedBy: 'EmilyB@contoso.com' } as const;
    const found = evaluate(check, context);
    expect(found.passed).toBe(true);
    expect(found.found).toMatch(/^The audit log shows 'Reset user password' by EmilyB@contoso\.com at .* \(failure: /);
    expect(evaluate({ ...check, target: 'AdeleV@contoso.com' }, context).passed).toBe(false);
    expect(evaluate({ ...check, occurred: false }, context).passed).toBe(false);
    expect(evaluate(check, { ...context, failures: [] })).toEqual({
      passed: false,
      found: "The audit log shows no failed 'Reset user password' on MeganB@contoso.com by EmilyB@contoso.com since the start; failed activities recorded: none.",
    });
  });
});
