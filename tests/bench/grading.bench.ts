import { signedInAs, type Actor } from '../../src/tenant/actor';
import { createLargeTenant } from '../../src/tenant/fixtures';
import type { Tenant } from '../../src/tenant/model';
import { findUserByUserPrincipalName } from '../../src/tenant/selectors';
import { grade, type Check, type GradeReport, type ScenarioInstance } from '../../src/scenario';
import type { ScenarioFile, Step } from '../../src/scenario/schema';
import { runSteps } from '../../src/scenario/steps';
import { sample, timeOnce, type Figure } from './harness';

const DOMAIN = 'fabrikam.com';
const hires = Array.from({ length: 8 }, (_, i) => `bench.hire${i}@${DOMAIN}`);
/** Users the large generator makes: `<given>.<surname><i>` on the default domain. */
const existing = ['ava.andersen0', 'ben.andersen1', 'chloe.andersen2', 'dan.andersen3', 'elif.andersen4', 'farid.andersen5'].map((alias) => `${alias}@${DOMAIN}`);

/** What a learner does in a busy lab: onboard people, license them, build a group, delegate a role. */
const attempt: Step[] = [
  ...hires.map((upn, i) => ({ type: 'user.create', userPrincipalName: upn, displayName: `Bench Hire ${i}`, usageLocation: 'US', profile: { department: 'Bench' } })),
  ...hires.slice(0, 4).map((upn) => ({ type: 'user.assignLicense', userId: { user: upn }, addLicenses: [{ skuId: { sku: 'SPE_E5' }, disabledPlans: [] }], removeLicenses: [] })),
  { type: 'group.create', displayName: 'Bench Team', mailEnabled: false, securityEnabled: true, mailNickname: 'BenchTeam', memberIds: hires.map((upn) => ({ user: upn })) },
  { type: 'role.assign', principalId: { user: hires[0] }, roleDefinitionId: { role: 'Helpdesk Administrator' } },
  { type: 'user.update', userId: { user: existing[0] }, changes: { jobTitle: 'Team Lead' } },
  { type: 'user.setAccountEnabled', userId: { user: existing[1] }, accountEnabled: false },
];

const base = { points: 1, pass: 'passed', fail: 'failed' } as const;

type CheckBody = Check extends infer C ? (C extends Check ? Omit<C, 'id' | 'points' | 'pass' | 'fail'> : never) : never;

/** Fifty checks of every kind, weighted towards the ones a real scenario uses most, with a quantifier of each kind over 50,000 users. */
function fiftyChecks(): Check[] {
  const checks: CheckBody[] = [
    ...hires.map((upn) => ({ kind: 'exists', object: { user: upn } }) as const),
    ...hires.slice(0, 4).map((upn) => ({ kind: 'property', object: { user: upn }, property: 'department', equals: 'Bench' }) as const),
    ...hires.slice(0, 4).map((upn) => ({ kind: 'holdsLicense', user: upn, sku: 'SPE_E5' }) as const),
    ...hires.slice(0, 4).map((upn) => ({ kind: 'memberOf', user: upn, group: 'Bench Team' }) as const),
    ...hires.slice(0, 4).map((upn, i) => ({ kind: 'holdsRole', user: upn, role: 'Helpdesk Administrator', not: i > 0 }) as const),
    { kind: 'count', collection: 'users', where: { department: 'Bench' }, equals: 8 },
    { kind: 'count', collection: 'users', where: { accountEnabled: false }, atLeast: 1 },
    { kind: 'count', collection: { membersOf: 'Bench Team' }, equals: 8 },
    { kind: 'count', collection: 'users', atLeast: 50_000 },
    { kind: 'contains', collection: { membersOf: 'Bench Team' }, item: { user: hires[7]! } },
    { kind: 'contains', collection: 'users', item: { user: existing[2]! } },
    { kind: 'excludes', collection: { membersOf: 'Bench Team' }, item: { user: existing[3]! } },
    { kind: 'audit', activity: 'Add user', target: hires[3]! },
    { kind: 'audit', activity: 'Add member to role' },
    { kind: 'audit', activity: 'Delete user', occurred: false },
    { kind: 'audit', activity: 'Change user license', target: hires[0]! },
    { kind: 'noRoleGained', role: 'Global Administrator' },
    { kind: 'noRoleGained', role: 'Helpdesk Administrator', except: [{ user: hires[0]! }] },
    { kind: 'noRoleGained', role: 'Privileged Role Administrator' },
    { kind: 'noneDeleted', collection: 'users' },
    { kind: 'noneDeleted', collection: 'groups' },
    { kind: 'licensesUnchanged', except: hires.map((upn) => ({ user: upn })) },
    { kind: 'licensesUnchanged' },
    { kind: 'unchanged', collection: 'users', property: 'accountEnabled', except: [{ user: existing[1]! }] },
    { kind: 'unchanged', collection: 'users', property: 'jobTitle', except: [{ user: existing[0]! }] },
    { kind: 'property', object: { user: existing[0]! }, property: 'jobTitle', changed: true },
    { kind: 'managerIs', user: existing[4]!, manager: null },
    { kind: 'every', collection: 'users', where: { department: 'Bench' }, that: { memberOf: 'Bench Team' } },
    { kind: 'none', collection: 'users', where: { department: { not: 'Bench' }, accountEnabled: true }, that: { holdsRole: { role: 'Helpdesk Administrator' } } },
    { kind: 'atLeast', collection: { membersOf: 'Bench Team' }, count: 4, that: { holdsLicense: { sku: 'SPE_E5', via: 'direct' } } },
    { kind: 'exactly', collection: { roleHolders: { role: 'Helpdesk Administrator', scope: 'tenant' } }, count: 1, that: { has: { department: 'Bench' } } },
  ];
  return checks.map((check, index) => ({ ...base, ...check, id: `check-${index}` }) as Check);
}

function instanceOn(start: Tenant, actor: Actor, checks: Check[]): ScenarioInstance {
  const scenario = {
    schemaVersion: 1,
    id: 'grading-bench',
    title: 'Grading benchmark',
    summary: 'Fifty checks on a large tenant.',
    skillAreas: ['users-and-groups', 'roles'],
    difficulty: 'advanced',
    expectedMinutes: 60,
    signInAs: `admin@fabrikam.onmicrosoft.com`,
    start: { fixture: 'contoso' },
    task: 'Benchmark',
    checks,
    solution: attempt,
  } as ScenarioFile;
  return {
    scenario,
    choice: { seed: 1 },
    variables: {},
    start,
    auditStart: start.auditLog.size,
    signInAs: scenario.signInAs,
    actor,
    task: scenario.task,
    hints: [],
    checks,
    solution: attempt,
    alternativeSolutions: [],
    wrongAttempts: [],
  };
}

/** Grading a 50-check scenario on 50,000 users: once, again, and after each further command. */
export function gradingBenchmarks(): Figure[] {
  const start = createLargeTenant(50_000);
  const actor = signedInAs(findUserByUserPrincipalName(start, 'admin@fabrikam.onmicrosoft.com')!.id);
  const run = runSteps(start, attempt, actor, ['attempt'], true);
  if (run.problems.length) throw new Error(run.problems.map((problem) => problem.message).join('\n'));
  const checks = fiftyChecks();
  if (checks.length !== 50) throw new Error(`expected 50 checks, built ${checks.length}`);
  const instance = instanceOn(start, actor, checks);

  // The player grades the untouched start when an attempt opens; the learner's first check follows.
  grade(instance, start);
  let report: GradeReport | undefined;
  const first = timeOnce(() => {
    report = grade(instance, run.tenant);
  });
  const failing = report!.checks.filter((check) => !check.passed).map((check) => check.id);
  if (failing.length > 0) throw new Error(`the benchmark attempt should pass every check; failing: ${failing.join(', ')}`);

  const warm = sample(() => grade(instance, run.tenant), 200);
  // The progress figure while the learner works: each grade follows one more command.
  let current = run.tenant;
  const states: Tenant[] = [];
  for (let i = 0; i < 250; i++) {
    current = runSteps(current, [{ type: 'user.update', userId: { user: existing[5]! }, changes: { city: `City ${i}` } }], actor, ['step'], true).tenant;
    states.push(current);
  }
  const progress = sample((i) => grade(instance, states[i % states.length]!), 200);

  return [
    { name: 'grade 50 checks on 50,000 users (median)', value: warm.median, unit: 'ms', target: 10, note: `p90 ${warm.p90.toFixed(3)} ms` },
    { name: 'grade 50 checks after each new command (median)', value: progress.median, unit: 'ms', target: 10, note: `p90 ${progress.p90.toFixed(3)} ms` },
    { name: 'first grade of an attempt on 50,000 users', value: first, unit: 'ms', note: 'name indexes already built by the attempt' },
  ];
}
