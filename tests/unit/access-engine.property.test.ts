import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createContosoTenant,
  evaluateSignIn,
  findUserByUserPrincipalName,
  ROLE,
  subjectOf,
  type BuiltInControl,
  type ConditionalAccessPolicy,
  type EvaluationContext,
  type SignInOutcome,
  type SignInRequest,
  type SignInSubject,
} from '../../src/tenant';
import { AZURE_PORTAL, EXCHANGE, policyInput, SHAREPOINT, signIn, users } from './access.support';

const tenant = createContosoTenant();
const subjects: readonly SignInSubject[] = ['AlexW@contoso.com', 'NestorW@contoso.com', 'admin@contoso.onmicrosoft.com', 'AllanD@contoso.com'].map(
  (upn) => subjectOf(tenant, findUserByUserPrincipalName(tenant, upn)!.id)!,
);
const groupIds = [...new Set(subjects.flatMap((subject) => [...subject.groupIds]))];
const userIds = subjects.map((subject) => subject.user.id);
const roles = [ROLE.globalAdministrator, ROLE.userAdministrator, ROLE.helpdeskAdministrator];

const someOf = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 2 });

const policyArbitrary: fc.Arbitrary<ConditionalAccessPolicy> = fc
  .record({
    id: fc.uuid(),
    state: fc.constantFrom('enabled', 'enabledForReportingButNotEnforced', 'disabled') as fc.Arbitrary<ConditionalAccessPolicy['state']>,
    includeUsers: someOf(['All', ...userIds]),
    excludeUsers: someOf(userIds),
    includeGroups: someOf(groupIds),
    excludeGroups: someOf(groupIds),
    includeRoles: someOf(roles),
    excludeRoles: someOf(roles),
    apps: fc.constantFrom(['All'], ['Office365'], [EXCHANGE], [SHAREPOINT], ['MicrosoftAdminPortals']),
    clients: fc.constantFrom(['all'], ['browser'], ['exchangeActiveSync', 'other'], ['mobileAppsAndDesktopClients']),
    risk: fc.constantFrom([], ['high'], ['medium', 'high']),
    operator: fc.constantFrom('AND', 'OR') as fc.Arbitrary<'AND' | 'OR'>,
    controls: fc.oneof(fc.constant(['block'] as BuiltInControl[]), fc.subarray(['mfa', 'compliantDevice', 'domainJoinedDevice'] as BuiltInControl[], { minLength: 1 })),
  })
  .map((drawn) => ({
    ...policyInput({
      state: drawn.state,
      grantControls: { operator: drawn.operator, builtInControls: drawn.controls },
      conditions: {
        users: users({
          includeUsers: drawn.includeUsers,
          excludeUsers: drawn.excludeUsers,
          includeGroups: drawn.includeGroups,
          excludeGroups: drawn.excludeGroups,
          includeRoles: drawn.includeRoles,
          excludeRoles: drawn.excludeRoles,
        }),
        applications: { includeApplications: drawn.apps, excludeApplications: [], includeUserActions: [] },
        clientAppTypes: drawn.clients as ConditionalAccessPolicy['conditions']['clientAppTypes'],
        signInRiskLevels: drawn.risk as ConditionalAccessPolicy['conditions']['signInRiskLevels'],
      },
    }),
    id: drawn.id,
    createdDateTime: '2026-03-02T09:00:00.000Z',
    modifiedDateTime: null,
  }));

const requestArbitrary = (userId: string): fc.Arbitrary<SignInRequest> =>
  fc.record({
    appId: fc.constantFrom(EXCHANGE, SHAREPOINT, AZURE_PORTAL),
    clientAppType: fc.constantFrom('browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other') as fc.Arbitrary<SignInRequest['clientAppType']>,
    signInRiskLevel: fc.constantFrom('none', 'low', 'medium', 'high') as fc.Arbitrary<SignInRequest['signInRiskLevel']>,
  }).map((drawn) => signIn(userId, drawn));

const contextArbitrary = fc.record({ mfaCompleted: fc.boolean(), compliant: fc.boolean() });

function evaluate(subject: SignInSubject, request: SignInRequest, policies: readonly ConditionalAccessPolicy[], drawn: { mfaCompleted: boolean; compliant: boolean }): SignInOutcome {
  const context: EvaluationContext = {
    policies,
    namedLocations: [],
    securityDefaultsEnabled: false,
    perUserMfa: 'disabled',
    device: {
      id: 'd',
      displayName: 'd',
      operatingSystem: 'Windows',
      operatingSystemVersion: '10',
      trustType: 'AzureAd',
      isCompliant: drawn.compliant,
      isManaged: true,
      accountEnabled: true,
      registeredOwnerId: null,
      registrationDateTime: '',
      approximateLastSignInDateTime: null,
    },
    mfaCompleted: drawn.mfaCompleted,
  };
  return evaluateSignIn(request, subject, context);
}

/** What the user gets, leaving out the per-policy report. */
const enforced = (outcome: SignInOutcome) => ({ access: outcome.access, required: outcome.required, errorCode: outcome.errorCode });

const scenario = fc.record({
  subject: fc.constantFrom(...subjects),
  policies: fc.array(policyArbitrary, { maxLength: 6 }),
  target: fc.nat(),
  drawn: contextArbitrary,
}).chain((base) => requestArbitrary(base.subject.user.id).map((request) => ({ ...base, request })));

describe('the sign-in engine’s invariants', () => {
  it('never lets a policy affect a user it excludes: the outcome is as if the policy did not exist', () => {
    fc.assert(
      fc.property(scenario, ({ subject, policies, target, request, drawn }) => {
        fc.pre(policies.length > 0);
        const index = target % policies.length;
        const original = policies[index]!;
        const excluding: ConditionalAccessPolicy = {
          ...original,
          conditions: { ...original.conditions, users: { ...original.conditions.users, excludeUsers: [...original.conditions.users.excludeUsers, subject.user.id] } },
        };
        const withExclusion = policies.map((policy, i) => (i === index ? excluding : policy));
        const outcome = evaluate(subject, request, withExclusion, drawn);
        expect(outcome.policies[index]!.applies).toBe(false);
        expect(['notApplied', 'reportOnlyNotApplied', 'notEnabled']).toContain(outcome.policies[index]!.result);
        const without = policies.filter((_, i) => i !== index);
        expect(enforced(outcome)).toEqual(enforced(evaluate(subject, request, without, drawn)));
      }),
      { numRuns: 400 },
    );
  });

  it('never enforces a report-only policy: switching one to report-only gives the outcome of not having it', () => {
    fc.assert(
      fc.property(scenario, ({ subject, policies, target, request, drawn }) => {
        fc.pre(policies.length > 0);
        const index = target % policies.length;
        const reportOnly = policies.map((policy, i) => (i === index ? { ...policy, state: 'enabledForReportingButNotEnforced' as const } : policy));
        const without = policies.filter((_, i) => i !== index);
        const outcome = evaluate(subject, request, reportOnly, drawn);
        expect(enforced(outcome)).toEqual(enforced(evaluate(subject, request, without, drawn)));
        // The other policies are reported exactly as before.
        const before = evaluate(subject, request, policies, drawn);
        expect(outcome.policies.filter((_, i) => i !== index).map((p) => p.result)).toEqual(before.policies.filter((_, i) => i !== index).map((p) => p.result));
      }),
      { numRuns: 400 },
    );
  });

  it('blocks whenever an enforced policy that applies says Block', () => {
    fc.assert(
      fc.property(scenario, ({ subject, policies, request, drawn }) => {
        const outcome = evaluate(subject, request, policies, drawn);
        const blocking = outcome.policies.some((evaluation) => evaluation.applies && evaluation.policy.state === 'enabled' && evaluation.policy.grantControls?.builtInControls.includes('block'));
        if (blocking) {
          expect(outcome.access).toBe('blocked');
          expect(outcome.errorCode).toBe(53003);
        }
        if (outcome.access === 'granted') expect(outcome.policies.every((evaluation) => evaluation.result !== 'failure')).toBe(true);
      }),
      { numRuns: 400 },
    );
  });
});
