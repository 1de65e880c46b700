import type { ConditionalAccessPolicyInput, SignInRequest } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

/** Shared builders for the access area's tests. */

export const EXCHANGE = '00000002-0000-0ff1-ce00-000000000000';
export const SHAREPOINT = '00000003-0000-0ff1-ce00-000000000000';
export const AZURE_PORTAL = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';

type PolicyOverrides = Partial<Omit<ConditionalAccessPolicyInput, 'conditions'>> & { readonly conditions?: Partial<ConditionalAccessPolicyInput['conditions']> };

/** A report-only policy for all users and all resources requiring MFA, with what a test changes. */
export function policyInput(overrides: PolicyOverrides = {}): ConditionalAccessPolicyInput {
  const { conditions, ...rest } = overrides;
  return {
    displayName: 'Test policy',
    state: 'enabledForReportingButNotEnforced',
    grantControls: { operator: 'OR', builtInControls: ['mfa'] },
    sessionControls: null,
    ...rest,
    conditions: {
      users: { includeUsers: ['All'], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [] },
      applications: { includeApplications: ['All'], excludeApplications: [], includeUserActions: [] },
      clientAppTypes: ['all'],
      platforms: null,
      locations: null,
      signInRiskLevels: [],
      userRiskLevels: [],
      ...conditions,
    },
  };
}

export function users(overrides: Partial<ConditionalAccessPolicyInput['conditions']['users']>): ConditionalAccessPolicyInput['conditions']['users'] {
  return { includeUsers: [], excludeUsers: [], includeGroups: [], excludeGroups: [], includeRoles: [], excludeRoles: [], ...overrides };
}

export function signIn(userId: string, overrides: Partial<SignInRequest> = {}): SignInRequest {
  return {
    userId,
    appId: EXCHANGE,
    clientAppType: 'browser',
    devicePlatform: 'windows',
    deviceId: null,
    ipAddress: '198.51.100.20',
    countryCode: 'US',
    signInRiskLevel: 'none',
    userRiskLevel: 'none',
    ...overrides,
  };
}

/** Contoso with security defaults turned off, as every Conditional Access test needs. */
export function withoutSecurityDefaults(lab = new TestTenant()): TestTenant {
  return lab.run({ type: 'securityDefaults.update', isEnabled: false });
}

/** The id of what the last accepted command created. */
export function createdId(lab: TestTenant): string {
  const result = lab.lastResult;
  if (!result?.ok) throw new Error('the last command was rejected');
  return result.audit[0]!.targetResources[0]!.id;
}
