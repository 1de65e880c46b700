import { describe, expect, it } from 'vitest';
import {
  createContosoTenant,
  evaluateSignIn,
  findUserByUserPrincipalName,
  ROLE,
  subjectOf,
  type ConditionalAccessPolicy,
  type Device,
  type EvaluationContext,
  type NamedLocation,
  type SignInRequest,
  type SignInSubject,
} from '../../src/tenant';
import { AZURE_PORTAL, policyInput, SHAREPOINT, signIn, users } from './access.support';

/*
 * The sign-in engine against cases taken from Microsoft's documentation. Each case names the
 * learn.microsoft.com article (entra/identity/conditional-access/… unless said otherwise) whose
 * rule it checks.
 */

const tenant = createContosoTenant();
const subject = (upn: string): SignInSubject => subjectOf(tenant, findUserByUserPrincipalName(tenant, upn)!.id)!;
const ALEX = subject('AlexW@contoso.com');
const NESTOR = subject('NestorW@contoso.com'); // User Administrator
const ADMIN = subject('admin@contoso.onmicrosoft.com'); // Global Administrator
const GUEST: SignInSubject = { ...ALEX, user: { ...ALEX.user, userType: 'Guest' }, isGuest: true };
const NESTED: SignInSubject = { ...ALEX, groupIds: new Set(['group-inner', 'group-outer']) };

let sequence = 0;
function policy(overrides: Parameters<typeof policyInput>[0] & { readonly id?: string } = {}): ConditionalAccessPolicy {
  const { id, ...input } = overrides;
  return { ...policyInput({ state: 'enabled', ...input }), id: id ?? `policy-${++sequence}`, createdDateTime: '2026-03-02T09:00:00.000Z', modifiedDateTime: null };
}

const TRUSTED_OFFICE: NamedLocation = { id: 'loc-office', kind: 'ip', displayName: 'Head office', ipRanges: ['203.0.113.0/24'], isTrusted: true, createdDateTime: '', modifiedDateTime: '' };
const BLOCKED_COUNTRIES: NamedLocation = {
  id: 'loc-countries',
  kind: 'country',
  displayName: 'Blocked countries',
  countriesAndRegions: ['KP', 'IR'],
  includeUnknownCountriesAndRegions: true,
  createdDateTime: '',
  modifiedDateTime: '',
};
const compliantLaptop: Device = {
  id: 'device-1',
  displayName: 'LAPTOP-1',
  operatingSystem: 'Windows',
  operatingSystemVersion: '10.0.22631',
  trustType: 'AzureAd',
  isCompliant: true,
  isManaged: true,
  accountEnabled: true,
  registeredOwnerId: null,
  registrationDateTime: '',
  approximateLastSignInDateTime: null,
};
const hybridDesktop: Device = { ...compliantLaptop, id: 'device-2', trustType: 'ServerAd', isCompliant: false };

function context(policies: readonly ConditionalAccessPolicy[], overrides: Partial<EvaluationContext> = {}): EvaluationContext {
  return { policies, namedLocations: [TRUSTED_OFFICE, BLOCKED_COUNTRIES], securityDefaultsEnabled: false, perUserMfa: 'disabled', device: undefined, mfaCompleted: false, ...overrides };
}

interface Case {
  readonly name: string;
  readonly who: SignInSubject;
  readonly request?: Partial<SignInRequest>;
  readonly policies: readonly ConditionalAccessPolicy[];
  readonly context?: Partial<EvaluationContext>;
  readonly access: 'granted' | 'blocked' | 'interrupted';
  readonly errorCode?: number;
  /** The first policy's result in the sign-in log. */
  readonly result?: string;
  readonly unmatched?: string | null;
}

const cases: readonly Case[] = [
  {
    name: 'concept-conditional-access-users-groups: an excluded user is left out although All users is included',
    who: ALEX,
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { users: users({ includeUsers: ['All'], excludeUsers: [ALEX.user.id] }) } })],
    access: 'granted',
    result: 'notApplied',
    unmatched: 'Users',
  },
  {
    name: 'concept-conditional-access-users-groups: exclusion by group overrides inclusion of the user by id',
    who: NESTED,
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { users: users({ includeUsers: [ALEX.user.id], excludeGroups: ['group-inner'] }) } })],
    access: 'granted',
    result: 'notApplied',
  },
  {
    name: 'concept-conditional-access-users-groups: a group includes the members of nested groups',
    who: NESTED,
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { users: users({ includeGroups: ['group-outer'] }) } })],
    access: 'blocked',
    errorCode: 53003,
    result: 'failure',
  },
  {
    name: 'concept-conditional-access-users-groups: directory roles include the users who hold them',
    who: NESTOR,
    policies: [policy({ conditions: { users: users({ includeRoles: [ROLE.userAdministrator] }) } })],
    access: 'interrupted',
    errorCode: 50076,
    result: 'failure',
  },
  {
    name: 'concept-conditional-access-users-groups: a role the user does not hold leaves them out',
    who: ALEX,
    policies: [policy({ conditions: { users: users({ includeRoles: [ROLE.userAdministrator] }) } })],
    access: 'granted',
    unmatched: 'Users',
  },
  {
    name: 'concept-conditional-access-users-groups: excluding a role exempts its holders (break-glass admins)',
    who: ADMIN,
    policies: [policy({ conditions: { users: users({ includeUsers: ['All'], excludeRoles: [ROLE.globalAdministrator] }) } })],
    access: 'granted',
    result: 'notApplied',
  },
  {
    name: 'concept-conditional-access-users-groups: Guest or external users include guests only',
    who: GUEST,
    policies: [policy({ conditions: { users: users({ includeUsers: ['GuestsOrExternalUsers'] }) } })],
    access: 'interrupted',
    result: 'failure',
  },
  {
    name: 'concept-conditional-access-users-groups: Guest or external users leave members out',
    who: ALEX,
    policies: [policy({ conditions: { users: users({ includeUsers: ['GuestsOrExternalUsers'] }) } })],
    access: 'granted',
    result: 'notApplied',
  },
  {
    name: 'concept-conditional-access-cloud-apps: a policy on Office 365 covers Exchange Online',
    who: ALEX,
    policies: [policy({ conditions: { applications: { includeApplications: ['Office365'], excludeApplications: [], includeUserActions: [] } } })],
    access: 'interrupted',
  },
  {
    name: 'concept-conditional-access-cloud-apps: an excluded app is left out of All resources',
    who: ALEX,
    request: { appId: SHAREPOINT },
    policies: [policy({ conditions: { applications: { includeApplications: ['All'], excludeApplications: [SHAREPOINT], includeUserActions: [] } } })],
    access: 'granted',
    unmatched: 'Cloud apps',
  },
  {
    name: 'concept-conditional-access-grant: "Require all the selected controls" needs every control',
    who: ALEX,
    policies: [policy({ grantControls: { operator: 'AND', builtInControls: ['mfa', 'compliantDevice'] } })],
    context: { mfaCompleted: true, device: { ...compliantLaptop, isCompliant: false } },
    access: 'blocked',
    errorCode: 53000,
    result: 'failure',
  },
  {
    name: 'concept-conditional-access-grant: "Require one of the selected controls" is met by a compliant device',
    who: ALEX,
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['mfa', 'compliantDevice'] } })],
    context: { device: compliantLaptop },
    access: 'granted',
    result: 'success',
  },
  {
    name: 'concept-conditional-access-grant: a Microsoft Entra hybrid joined device meets "Require hybrid joined device"',
    who: ALEX,
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['domainJoinedDevice'] } })],
    context: { device: hybridDesktop },
    access: 'granted',
  },
  {
    name: 'concept-conditional-access-grant: without a hybrid joined device the sign-in fails with 53001',
    who: ALEX,
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['domainJoinedDevice'] } })],
    context: { device: compliantLaptop },
    access: 'blocked',
    errorCode: 53001,
  },
  {
    name: 'concept-conditional-access-policies: an applicable Block wins over a policy that grants',
    who: ALEX,
    policies: [policy(), policy({ grantControls: { operator: 'OR', builtInControls: ['block'] } })],
    context: { mfaCompleted: true },
    access: 'blocked',
    errorCode: 53003,
    result: 'success',
  },
  {
    name: 'concept-conditional-access-report-only: a report-only Block is reported, not enforced',
    who: ALEX,
    policies: [policy({ state: 'enabledForReportingButNotEnforced', grantControls: { operator: 'OR', builtInControls: ['block'] } })],
    access: 'granted',
    result: 'reportOnlyFailure',
  },
  {
    name: 'concept-conditional-access-report-only: report-only MFA is "User action required"',
    who: ALEX,
    policies: [policy({ state: 'enabledForReportingButNotEnforced' })],
    access: 'granted',
    result: 'reportOnlyInterrupted',
  },
  {
    name: 'concept-conditional-access-report-only: a report-only policy that does not apply is "Report-only: Not applied"',
    who: ALEX,
    policies: [policy({ state: 'enabledForReportingButNotEnforced', conditions: { users: users({ includeRoles: [ROLE.globalAdministrator] }) } })],
    access: 'granted',
    result: 'reportOnlyNotApplied',
  },
  {
    name: 'what-if-tool: a policy that is Off is not evaluated',
    who: ALEX,
    policies: [policy({ state: 'disabled', grantControls: { operator: 'OR', builtInControls: ['block'] } })],
    access: 'granted',
    result: 'notEnabled',
  },
  {
    name: 'policy-block-legacy-authentication: Exchange ActiveSync and other clients are blocked',
    who: ALEX,
    request: { clientAppType: 'exchangeActiveSync' },
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] } })],
    access: 'blocked',
    errorCode: 53003,
  },
  {
    name: 'policy-block-legacy-authentication: browsers are not legacy clients',
    who: ALEX,
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { clientAppTypes: ['exchangeActiveSync', 'other'] } })],
    access: 'granted',
    unmatched: 'Client apps',
  },
  {
    name: 'concept-conditional-access-conditions: All trusted locations exempts a sign-in from a trusted IP range',
    who: ALEX,
    request: { ipAddress: '203.0.113.77' },
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } } })],
    access: 'granted',
    unmatched: 'Locations',
  },
  {
    name: 'concept-conditional-access-conditions: the same policy blocks a sign-in from anywhere else',
    who: ALEX,
    request: { ipAddress: '198.51.100.7' },
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } } })],
    access: 'blocked',
    errorCode: 53003,
  },
  {
    name: 'concept-assignment-network: a countries location matches by the IP address’s country',
    who: ALEX,
    request: { countryCode: 'KP' },
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { locations: { includeLocations: ['loc-countries'], excludeLocations: [] } } })],
    access: 'blocked',
  },
  {
    name: 'concept-assignment-network: "Include unknown countries/regions" matches an address with no country',
    who: ALEX,
    request: { countryCode: null },
    policies: [policy({ grantControls: { operator: 'OR', builtInControls: ['block'] }, conditions: { locations: { includeLocations: ['loc-countries'], excludeLocations: [] } } })],
    access: 'blocked',
  },
  {
    name: 'policy-all-users-device-unknown-unsupported: include any platform, exclude known ones, and an unknown platform is blocked',
    who: ALEX,
    request: { devicePlatform: null },
    policies: [
      policy({
        grantControls: { operator: 'OR', builtInControls: ['block'] },
        conditions: { platforms: { includePlatforms: ['all'], excludePlatforms: ['android', 'iOS', 'windows', 'macOS', 'linux'] } },
      }),
    ],
    access: 'blocked',
  },
  {
    name: 'policy-all-users-device-unknown-unsupported: a known platform is excluded',
    who: ALEX,
    policies: [
      policy({
        grantControls: { operator: 'OR', builtInControls: ['block'] },
        conditions: { platforms: { includePlatforms: ['all'], excludePlatforms: ['android', 'iOS', 'windows', 'macOS', 'linux'] } },
      }),
    ],
    access: 'granted',
    unmatched: 'Device platform',
  },
  {
    name: 'policy-risk-based-sign-in: a sign-in risk of medium and above requires MFA',
    who: ALEX,
    request: { signInRiskLevel: 'medium' },
    policies: [policy({ conditions: { signInRiskLevels: ['high', 'medium'] } })],
    access: 'interrupted',
  },
  {
    name: 'policy-risk-based-sign-in: a low-risk sign-in is not asked',
    who: ALEX,
    request: { signInRiskLevel: 'low' },
    policies: [policy({ conditions: { signInRiskLevels: ['high', 'medium'] } })],
    access: 'granted',
    unmatched: 'Sign-in risk',
  },
  {
    name: 'fundamentals/security-defaults: legacy authentication is blocked (530035)',
    who: ALEX,
    request: { clientAppType: 'other' },
    policies: [],
    context: { securityDefaultsEnabled: true },
    access: 'blocked',
    errorCode: 530035,
  },
  {
    name: 'fundamentals/security-defaults: administrators always do MFA',
    who: NESTOR,
    policies: [],
    context: { securityDefaultsEnabled: true },
    access: 'interrupted',
    errorCode: 50076,
  },
  {
    name: 'fundamentals/security-defaults: everyone does MFA for Azure management',
    who: ALEX,
    request: { appId: AZURE_PORTAL },
    policies: [],
    context: { securityDefaultsEnabled: true },
    access: 'interrupted',
  },
  {
    name: 'fundamentals/security-defaults: a user signing in to Exchange from a browser is not prompted',
    who: ALEX,
    policies: [],
    context: { securityDefaultsEnabled: true },
    access: 'granted',
  },
  {
    name: 'howto-mfa-userstates: a per-user Enforced user does MFA whatever the policies',
    who: ALEX,
    policies: [],
    context: { perUserMfa: 'enforced' },
    access: 'interrupted',
    errorCode: 50076,
  },
];

describe('evaluateSignIn, against Microsoft’s documented behaviour', () => {
  it.each(cases)('$name', (testCase) => {
    const outcome = evaluateSignIn(signIn(testCase.who.user.id, testCase.request), testCase.who, context(testCase.policies, testCase.context));
    expect(outcome.access).toBe(testCase.access);
    if (testCase.errorCode !== undefined) expect(outcome.errorCode).toBe(testCase.errorCode);
    if (testCase.access === 'granted') expect(outcome.errorCode).toBe(0);
    if (testCase.result !== undefined) expect(outcome.policies[0]!.result).toBe(testCase.result);
    if (testCase.unmatched !== undefined) expect(outcome.policies[0]!.unmatched).toBe(testCase.unmatched);
  });

  it('prompts for unmet controls in Entra’s order: MFA before a compliant device', () => {
    const outcome = evaluateSignIn(signIn(ALEX.user.id), ALEX, context([policy({ grantControls: { operator: 'AND', builtInControls: ['compliantDevice', 'mfa'] } })]));
    expect(outcome.required).toEqual(['mfa', 'compliantDevice']);
    expect(outcome.access).toBe('blocked');
    expect(outcome.errorCode).toBe(50076);
  });

  it('reports every policy, the first unmatched condition of each that does not apply', () => {
    const outcome = evaluateSignIn(
      signIn(ALEX.user.id),
      ALEX,
      context([
        policy({ conditions: { users: users({ includeRoles: [ROLE.globalAdministrator] }) } }),
        policy({ conditions: { users: users({ includeUsers: ['All'] }), clientAppTypes: ['other'] } }),
        policy({ state: 'enabledForReportingButNotEnforced' }),
      ]),
    );
    expect(outcome.policies.map((evaluation) => [evaluation.unmatched, evaluation.result])).toEqual([
      ['Users', 'notApplied'],
      ['Client apps', 'notApplied'],
      [null, 'reportOnlyInterrupted'],
    ]);
  });
});
