import {
  createLargeTenant,
  dispatch,
  evaluateInTenant,
  evaluateSignIn,
  findUserByUserPrincipalName,
  ROLE,
  signedInAs,
  subjectOf,
  toArray,
  type Command,
  type ConditionalAccessPolicyInput,
  type SignInRequest,
  type Tenant,
} from '../../src/tenant';
import { sample, type Figure } from './harness';

const EXCHANGE = '00000002-0000-0ff1-ce00-000000000000';
const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';
const INNER_GROUPS = 100;
const MEMBERS_PER_GROUP = 400;
const OUTER_GROUPS = 20;
const POLICIES = 200;

/**
 * A 50,000-user tenant with nested groups (100 groups of 400 users, inside 20 groups, inside one
 * "All staff" group), two named locations and 200 Conditional Access policies of every shape:
 * by group, by role, all users with exclusions, legacy clients, locations, platforms and risk.
 */
function largeTenantWithPolicies(): { tenant: Tenant; userIds: readonly string[] } {
  let tenant = createLargeTenant(50_000);
  const admin = signedInAs(findUserByUserPrincipalName(tenant, 'admin@fabrikam.onmicrosoft.com')!.id);
  const run = (command: Command): string => {
    const result = dispatch(tenant, command, admin);
    if (!result.ok) throw new Error(`${command.type}: ${result.error.message}`);
    tenant = result.tenant;
    return result.audit[0]?.targetResources[0]?.id ?? '';
  };
  const userIds = toArray(tenant.directory.users).map((user) => user.id);
  const security = { mailEnabled: false, securityEnabled: true } as const;
  const inner: string[] = [];
  for (let g = 0; g < INNER_GROUPS; g++) {
    inner.push(run({ type: 'group.create', displayName: `Team ${g}`, ...security, memberIds: userIds.slice(1 + g * MEMBERS_PER_GROUP, 1 + (g + 1) * MEMBERS_PER_GROUP) }));
  }
  const outer: string[] = [];
  for (let g = 0; g < OUTER_GROUPS; g++) outer.push(run({ type: 'group.create', displayName: `Division ${g}`, ...security, memberIds: inner.slice(g * 5, g * 5 + 5) }));
  const everyone = run({ type: 'group.create', displayName: 'All staff', ...security, memberIds: outer });
  run({ type: 'securityDefaults.update', isEnabled: false });
  const office = run({ type: 'namedLocation.save', location: { kind: 'ip', displayName: 'Offices', ipRanges: ['203.0.113.0/24', '198.51.100.0/24'], isTrusted: true } });
  const countries = run({ type: 'namedLocation.save', location: { kind: 'country', displayName: 'Blocked countries', countriesAndRegions: ['KP', 'IR', 'SY'], includeUnknownCountriesAndRegions: false } });
  const base = (i: number): ConditionalAccessPolicyInput => ({
    displayName: `Policy ${i}`,
    state: i % 3 === 0 ? 'enabledForReportingButNotEnforced' : i % 7 === 0 ? 'disabled' : 'enabled',
    conditions: {
      users: { includeUsers: [], excludeUsers: [userIds[0]!], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
      applications: { includeApplications: [i % 2 === 0 ? 'All' : i % 4 === 1 ? EXCHANGE : SHAREPOINT], excludeApplications: [], includeUserActions: [] },
      clientAppTypes: i % 5 === 0 ? ['exchangeActiveSync', 'other'] : ['all'],
      platforms: i % 6 === 0 ? { includePlatforms: ['all'], excludePlatforms: ['windows', 'macOS'] } : null,
      locations: i % 4 === 0 ? { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } : i % 9 === 0 ? { includeLocations: [countries], excludeLocations: [office] } : null,
      signInRiskLevels: i % 8 === 0 ? ['medium', 'high'] : [],
      userRiskLevels: [],
    },
    grantControls: { operator: i % 2 === 0 ? 'OR' : 'AND', builtInControls: i % 5 === 0 || i % 9 === 0 ? ['block'] : i % 3 === 1 ? ['mfa', 'compliantDevice'] : ['mfa'] },
    sessionControls: null,
  });
  for (let i = 0; i < POLICIES; i++) {
    const policy = base(i);
    const users =
      i % 4 === 0
        ? { ...policy.conditions.users, includeUsers: ['All'], excludeGroups: [inner[i % INNER_GROUPS]!] }
        : i % 4 === 1
          ? { ...policy.conditions.users, includeGroups: [outer[i % OUTER_GROUPS]!, everyone] }
          : i % 4 === 2
            ? { ...policy.conditions.users, includeGroups: [inner[i % INNER_GROUPS]!] }
            : { ...policy.conditions.users, includeRoles: [ROLE.globalAdministrator, ROLE.userAdministrator] };
    run({ type: 'conditionalAccess.createPolicy', policy: { ...policy, conditions: { ...policy.conditions, users } }, acknowledgeLockoutWarning: true });
  }
  return { tenant, userIds };
}

function request(userId: string, i: number): SignInRequest {
  return {
    userId,
    appId: i % 2 === 0 ? EXCHANGE : SHAREPOINT,
    clientAppType: i % 10 === 0 ? 'exchangeActiveSync' : 'browser',
    devicePlatform: i % 3 === 0 ? 'iOS' : 'windows',
    deviceId: null,
    ipAddress: i % 4 === 0 ? '203.0.113.9' : '192.0.2.44',
    countryCode: i % 11 === 0 ? 'KP' : 'US',
    signInRiskLevel: i % 5 === 0 ? 'medium' : 'none',
    userRiskLevel: 'none',
  };
}

/** Evaluating one sign-in against 200 policies on a 50,000-user tenant with nested groups. */
export function accessBenchmarks(): Figure[] {
  const { tenant, userIds } = largeTenantWithPolicies();
  const user = (i: number) => userIds[1 + ((i * 7919) % 49_000)]!;
  const whole = sample((i) => {
    evaluateInTenant(tenant, request(user(i), i));
  }, 5_000, 500);
  const subjects = Array.from({ length: 500 }, (_, i) => subjectOf(tenant, user(i))!);
  const policies = toArray(tenant.access.conditionalAccessPolicies);
  const namedLocations = toArray(tenant.access.namedLocations);
  const engineOnly = sample((i) => {
    const subject = subjects[i % subjects.length]!;
    evaluateSignIn(request(subject.user.id, i), subject, { policies, namedLocations, securityDefaultsEnabled: false, perUserMfa: 'disabled', device: undefined, mfaCompleted: false });
  }, 5_000, 500);
  let current = tenant;
  const recorded = sample((i) => {
    const result = dispatch(current, { type: 'signIn.attempt', request: request(user(i), i) }, signedInAs(user(i)));
    if (result.ok) current = result.tenant;
  }, 500);
  return [
    { name: 'What If: one sign-in, 200 policies, 50,000 users, nested groups (median)', value: whole.median, unit: 'ms', target: 1 },
    { name: 'What If: same, p90', value: whole.p90, unit: 'ms', target: 1 },
    { name: 'sign-in engine alone, groups and roles resolved (median)', value: engineOnly.median, unit: 'ms', target: 1 },
    { name: 'signIn.attempt through dispatch, log entry written (median)', value: recorded.median, unit: 'ms', note: 'includes the Immer snapshot of the draft' },
  ];
}
