import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAttempt, grade, instantiate, loadScenario, parseAttempt, replayAttempt, type LoadedScenario, type ScenarioInstance } from '../../src/scenario';
import { runSteps } from '../../src/scenario/steps';

function loaded(path: string): LoadedScenario {
  const result = loadScenario(readFileSync(join(__dirname, '../../scenarios', path), 'utf8'), path);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('\n'));
  return result.loaded;
}

function instance(scenario: LoadedScenario, seed: number): ScenarioInstance {
  const prepared = instantiate(scenario.scenario, { seed });
  if (!prepared.ok) throw new Error('cannot start');
  return prepared.instance;
}

const onboarding = loaded('users-and-groups/onboard-licensed-user.yaml');

describe('grading', () => {
  it('gives points per check, partial credit, a whole-per-cent progress figure and a report per skill area', () => {
    const started = instance(onboarding, 3);
    const created = runSteps(started.start, started.solution.slice(0, 1), started.actor, ['solution'], true).tenant;
    const report = grade(started, created);
    expect(report).toMatchObject({ scenarioId: 'onboard-licensed-user', earned: 7, total: 10, percent: 70, complete: false });
    expect(report.skillAreas).toEqual([
      { id: 'users-and-groups', title: 'Manage users and groups', domain: 'tenant', domainTitle: 'Deploy and manage a Microsoft 365 tenant', earned: 7, total: 10 },
    ]);
    const license = report.checks.find((check) => check.id === 'license')!;
    expect(license).toMatchObject({ passed: false, earned: 0, points: 3, kind: 'holdsLicense', skillArea: 'users-and-groups' });
    expect(license.message).toMatch(/has no Office 365 E3 license\.$/);
    expect(license.found).toMatch(/ holds no Office 365 E3 license; licenses held: none\.$/);
  });

  it('rounds the progress figure down, so 100 means every check passed', () => {
    const scenario = loaded('roles/au-scoped-helpdesk.yaml');
    const started = instance(scenario, 1);
    const report = grade(started, started.start);
    expect(report.percent).toBe(Math.floor((report.earned * 100) / report.total));
    expect(report.complete).toBe(false);
  });

  it('fails a check the grader cannot evaluate instead of failing the grade', () => {
    const started = instance(onboarding, 1);
    const broken = { ...started, checks: [{ id: 'broken', points: 1, pass: 'p', fail: 'f', kind: 'count', collection: 42, equals: 1 } as never] };
    const report = grade(broken, started.start);
    expect(report.checks[0]).toMatchObject({ passed: false, message: 'f' });
    expect(report.checks[0]!.found).toMatch(/^The grader could not evaluate this check/);
  });
});

describe('attempts', () => {
  const seed = 4242;

  function solvedAttempt(scenario: LoadedScenario) {
    const started = instance(scenario, seed);
    const run = runSteps(started.start, started.solution, started.actor, ['solution'], true);
    return { started, attempt: createAttempt(started, run.log, { learner: 'Ada Park' }) };
  }

  it('an exported attempt survives JSON and replays to the same grade', () => {
    const { started, attempt } = solvedAttempt(onboarding);
    const parsed = parseAttempt(JSON.stringify(attempt, null, 2), 'attempt.json');
    if (!parsed.ok) expect.fail(parsed.problems.map((problem) => problem.message).join('\n'));
    expect(parsed.attempt).toMatchObject({ format: 'tenant-lab/attempt', formatVersion: 1, scenarioId: 'onboard-licensed-user', seed, learner: 'Ada Park' });
    const again = instance(onboarding, parsed.attempt.seed);
    expect(again.variables).toEqual(started.variables);
    const replayed = replayAttempt(again, parsed.attempt);
    expect(replayed).toMatchObject({ accepted: 2, rejected: 0, problems: [] });
    expect(grade(again, replayed.final).complete).toBe(true);
  });

  it('keeps rejected commands in the log and replays them as rejected', () => {
    const started = instance(onboarding, seed);
    const steps = [{ type: 'user.assignLicense', userId: { user: 'CameronW@contoso.com' }, addLicenses: [{ skuId: { sku: 'ENTERPRISEPACK' }, disabledPlans: [] }], removeLicenses: [] }];
    const run = runSteps(started.start, steps, started.actor, ['steps'], false);
    const replayed = replayAttempt(started, createAttempt(started, run.log));
    expect(replayed).toMatchObject({ accepted: 0, rejected: 1, problems: [] });
  });

  it('refuses an attempt for another scenario, under another account, or with an unknown command', () => {
    const { started, attempt } = solvedAttempt(onboarding);
    expect(replayAttempt(started, { ...attempt, scenarioId: 'something-else' }).problems[0]!.message).toBe(
      "the attempt is for the scenario 'something-else', not 'onboard-licensed-user'",
    );
    const forged = { ...attempt, log: attempt.log.map((entry) => ({ ...entry, actor: { kind: 'user' as const, userId: 'someone-else' } })) };
    expect(replayAttempt(started, forged).problems[0]!.message).toBe(
      'the command runs as someone-else, not as the learner the scenario signs in (admin@contoso.onmicrosoft.com)',
    );
    const future = { ...attempt, log: [{ ...attempt.log[0]!, command: { type: 'user.teleport' } }] };
    expect(replayAttempt(started, future).problems[0]!.message).toBe("unknown command type 'user.teleport'; was the attempt made with a newer Tenant Lab?");
  });

  it('reads attempt files strictly, with positions', () => {
    const result = parseAttempt('{\n  "format": "tenant-lab/attempt",\n  "formatVersion": 1,\n  "scenarioId": "x",\n  "seed": -1,\n  "log": [],\n  "extra": true\n}', 'a.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => `${problem.line}:${problem.column} ${problem.path}: ${problem.message}`)).toEqual([
      '5:11 seed: Too small: expected number to be >=0',
      expect.stringMatching(/^7:3 : unknown key 'extra'/),
    ]);
  });
});

describe('honest scores', () => {
  const leastPrivilege = loaded('roles/least-privilege-helpdesk.yaml');

  it('gives nothing for an untouched attempt, though its guards hold', () => {
    const started = instance(leastPrivilege, 5);
    const report = grade(started, started.start);
    expect(report).toMatchObject({ earned: 0, percent: 0 });
    const guard = report.checks.find((check) => check.id === 'no-new-global-admins')!;
    expect(guard).toMatchObject({ passed: true, heldAtStart: true, waiting: true, earned: 0 });
  });

  it('gives nothing for changes that pass no check the start failed, and counts the guards once one passes', () => {
    const started = instance(leastPrivilege, 5);
    const upn = started.variables.desk as { upn: string };
    const wrong = runSteps(started.start, [{ type: 'role.assign', principalId: { user: upn.upn }, roleDefinitionId: { role: 'Password Administrator' } }], started.actor, ['steps'], true).tenant;
    expect(grade(started, wrong).earned).toBe(0);
    const solved = runSteps(started.start, started.solution, started.actor, ['solution'], true).tenant;
    const report = grade(started, solved);
    expect(report).toMatchObject({ earned: 10, total: 10, complete: true });
    expect(report.checks.every((check) => !check.waiting)).toBe(true);
  });

  it('takes a broken guard out of the score once the work is done', () => {
    const started = instance(leastPrivilege, 5);
    const { upn } = started.variables.desk as { upn: string };
    const overreach = runSteps(started.start, [...started.solution, { type: 'role.assign', principalId: { user: 'MeganB@contoso.com' }, roleDefinitionId: { role: 'Global Administrator' } }], started.actor, ['steps'], true).tenant;
    const report = grade(started, overreach);
    expect(report.checks.filter((check) => !check.passed).map((check) => check.id)).toEqual(['no-new-global-admins']);
    expect(report.earned).toBe(9);
    expect(upn).toContain('@contoso.com');
  });

  it('reports no skill area that no check counts towards', () => {
    const started = instance(onboarding, 1);
    const twoAreas = { ...started, scenario: { ...started.scenario, skillAreas: ['users-and-groups', 'roles'] as ['users-and-groups', 'roles'] } };
    expect(grade(twoAreas, started.start).skillAreas.map((area) => area.id)).toEqual(['users-and-groups']);
  });
});

describe('feedback for Check my work', () => {
  it('keeps the answer out of the hint-safe message and finding, and explains the wrong role from its permissions', () => {
    const started = instance(loaded('roles/least-privilege-helpdesk.yaml'), 5);
    const { upn } = started.variables.desk as { upn: string };
    const wrong = runSteps(started.start, [{ type: 'role.assign', principalId: { user: upn }, roleDefinitionId: { role: 'Service Support Administrator' } }], started.actor, ['steps'], true).tenant;
    const helpdesk = grade(started, wrong).checks.find((check) => check.id === 'helpdesk')!;
    expect(helpdesk.found).toContain('Helpdesk Administrator');
    expect(helpdesk.found).toContain("Service Support Administrator can't reset passwords: it has no microsoft.directory/users/password/update");
    expect(helpdesk.hintSafe.message).toMatch(/does not hold the least-privileged role for these duties yet\.$/);
    expect(helpdesk.hintSafe.found).toContain("Service Support Administrator can't reset passwords");
    expect(`${helpdesk.hintSafe.message} ${helpdesk.hintSafe.found}`).not.toContain('Helpdesk');
  });
});
