import { describe, expect, it } from 'vitest';
import { evaluateInTenant, LOCKOUT_WARNING, ROLE, SECURITY_DEFAULTS_BANNER, toArray } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';
import { createdId, policyInput, signIn, users, withoutSecurityDefaults } from './access.support';

const ALEX = 'AlexW@contoso.com';
const ADMIN = 'admin@contoso.onmicrosoft.com';

describe('security defaults', () => {
  it('are on in a new tenant', () => {
    expect(new TestTenant().tenant.access.securityDefaultsEnabled).toBe(true);
  });

  it('refuse an enforced Conditional Access policy with the policy editor’s banner, but let Report-only save', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'conditionalAccess.createPolicy', policy: policyInput({ state: 'enabled', conditions: { users: users({ includeUsers: [lab.userId(ALEX)] }) } }) }, 'SecurityDefaultsEnabled', SECURITY_DEFAULTS_BANNER);
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ conditions: { users: users({ includeUsers: [lab.userId(ALEX)] }) } }) });
    expect(toArray(lab.tenant.access.conditionalAccessPolicies)).toHaveLength(1);
  });

  it('are turned off with an "Update policy" audit record, and can’t come back over enforced policies', () => {
    const lab = withoutSecurityDefaults();
    expect(lab.lastResult?.ok && lab.lastResult.audit[0]).toMatchObject({ activityDisplayName: 'Update policy', category: 'Policy' });
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ state: 'enabled', conditions: { users: users({ includeUsers: [lab.userId(ALEX)] }) } }) });
    lab.expectRejected({ type: 'securityDefaults.update', isEnabled: true }, 'InvalidValue', /Security defaults can’t be enabled/);
  });

  it('can be changed by a Conditional Access Administrator but not a Helpdesk Administrator', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId(ALEX), roleDefinitionId: 'b1be1c3e-b65d-4f19-8427-f6fa0d97feb9' });
    lab.signInAs('AllanD@contoso.com').expectRejected({ type: 'securityDefaults.update', isEnabled: false }, 'InsufficientPrivileges');
    lab.signInAs(ALEX).run({ type: 'securityDefaults.update', isEnabled: false });
    expect(lab.tenant.access.securityDefaultsEnabled).toBe(false);
  });
});

describe('Conditional Access policies', () => {
  it('are created with "Add conditional access policy" and the policy in the audit record', () => {
    const lab = withoutSecurityDefaults();
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ displayName: ' MFA for Alex ', conditions: { users: users({ includeUsers: [lab.userId(ALEX)] }) } }) });
    const [policy] = toArray(lab.tenant.access.conditionalAccessPolicies);
    expect(policy).toMatchObject({ displayName: 'MFA for Alex', state: 'enabledForReportingButNotEnforced', createdDateTime: lab.tenant.clock.now, modifiedDateTime: null });
    expect(lab.lastResult?.ok && lab.lastResult.audit[0]).toMatchObject({ activityDisplayName: 'Add conditional access policy', category: 'Policy' });
  });

  it('warn before locking everyone out, the admin saving it included, until the warning is acknowledged', () => {
    const lab = withoutSecurityDefaults();
    const block = policyInput({ state: 'enabled', grantControls: { operator: 'OR', builtInControls: ['block'] } });
    lab.expectRejected({ type: 'conditionalAccess.createPolicy', policy: block }, 'LockoutRisk', LOCKOUT_WARNING);
    // Excluding the signed-in admin (here through the Global Administrator role) answers the warning.
    lab.run({ type: 'conditionalAccess.createPolicy', policy: { ...block, conditions: { ...block.conditions, users: users({ includeUsers: ['All'], excludeRoles: [ROLE.globalAdministrator] }) } } });
    lab.run({ type: 'conditionalAccess.createPolicy', policy: block, acknowledgeLockoutWarning: true });
    expect(toArray(lab.tenant.access.conditionalAccessPolicies)).toHaveLength(2);
  });

  it('refuse unknown users, groups, roles, apps and locations, and Block combined with other controls', () => {
    const lab = withoutSecurityDefaults();
    lab.expectRejected({ type: 'conditionalAccess.createPolicy', policy: policyInput({ conditions: { users: users({ includeUsers: ['nobody'] }) } }) }, 'ResourceNotFound', /The user 'nobody'/);
    lab.expectRejected({ type: 'conditionalAccess.createPolicy', policy: policyInput({ conditions: { users: users({ includeRoles: ['no-role'] }) } }) }, 'ResourceNotFound');
    lab.expectRejected({ type: 'conditionalAccess.createPolicy', policy: policyInput({ conditions: { users: users({}) } }) }, 'InvalidValue', /Select the users/);
    lab.expectRejected({ type: 'conditionalAccess.createPolicy', policy: policyInput({ displayName: '  ' }) }, 'RequiredPropertyMissing', 'Name is required.');
    lab.expectRejected(
      { type: 'conditionalAccess.createPolicy', policy: policyInput({ conditions: { locations: { includeLocations: ['missing'], excludeLocations: [] } } }) },
      'ResourceNotFound',
      /named location 'missing'/,
    );
    lab.expectRejected({ type: 'conditionalAccess.createPolicy', policy: policyInput({ grantControls: { operator: 'OR', builtInControls: ['block', 'mfa'] } }) }, 'InvalidValue', /Block access/);
    lab.expectRejected({ type: 'conditionalAccess.createPolicy', policy: policyInput({ grantControls: { operator: 'AND', builtInControls: ['passwordChange'] } }) }, 'InvalidValue', /Require password change/);
  });

  it('are denied to a User Administrator', () => {
    withoutSecurityDefaults().signInAs('NestorW@contoso.com').expectRejected({ type: 'conditionalAccess.createPolicy', policy: policyInput() }, 'InsufficientPrivileges');
  });

  it('switch state and are deleted, each audited', () => {
    const lab = withoutSecurityDefaults();
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ conditions: { users: users({ includeUsers: [lab.userId(ALEX)] }) } }) });
    const id = createdId(lab);
    lab.run({ type: 'conditionalAccess.setPolicyState', policyId: id, state: 'enabled' });
    expect(lab.lastResult?.ok && lab.lastResult.audit[0]!.targetResources[0]!.modifiedProperties).toEqual([{ displayName: 'State', oldValue: 'enabledForReportingButNotEnforced', newValue: 'enabled' }]);
    lab.run({ type: 'conditionalAccess.deletePolicy', policyId: id });
    expect(lab.tenant.access.conditionalAccessPolicies.size).toBe(0);
    lab.expectRejected({ type: 'conditionalAccess.deletePolicy', policyId: id }, 'ResourceNotFound');
  });

  it('lose a user who is purged from their conditions', () => {
    const lab = withoutSecurityDefaults();
    const alex = lab.userId(ALEX);
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ conditions: { users: users({ includeUsers: ['All'], excludeUsers: [alex] }) } }) });
    lab.run({ type: 'user.delete', userId: alex }).run({ type: 'user.permanentlyDelete', userId: alex });
    expect(toArray(lab.tenant.access.conditionalAccessPolicies)[0]!.conditions.users.excludeUsers).toEqual([]);
  });
});

describe('named locations', () => {
  it('are saved with valid CIDR ranges only, and can’t be deleted while a policy uses them', () => {
    const lab = withoutSecurityDefaults();
    lab.expectRejected({ type: 'namedLocation.save', location: { kind: 'ip', displayName: 'Office', ipRanges: ['10.0.0.300/24'], isTrusted: true } }, 'InvalidValue', /CIDR/);
    lab.expectRejected({ type: 'namedLocation.save', location: { kind: 'ip', displayName: 'Office', ipRanges: ['10.0.0.0/4'], isTrusted: true } }, 'InvalidValue', /too large/);
    lab.run({ type: 'namedLocation.save', location: { kind: 'ip', displayName: 'Office', ipRanges: ['203.0.113.0/24'], isTrusted: true } });
    const office = createdId(lab);
    expect(lab.lastResult?.ok && lab.lastResult.audit[0]!.activityDisplayName).toBe('Add named location');
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ conditions: { locations: { includeLocations: ['All'], excludeLocations: [office] } } }) });
    lab.expectRejected({ type: 'namedLocation.delete', locationId: office }, 'NamedLocationInUse', /Test policy/);
  });
});

describe('self-service password reset', () => {
  it('is for nobody at first, and refuses Selected without a group or fewer methods than required', () => {
    const lab = new TestTenant();
    expect(lab.tenant.access.passwordReset.enablement).toBe('none');
    lab.expectRejected({ type: 'passwordReset.update', changes: { enablement: 'selected' } }, 'RequiredPropertyMissing', /Select a group/);
    lab.expectRejected({ type: 'passwordReset.update', changes: { numberOfMethodsRequired: 2, methods: ['email'] } }, 'InvalidValue', /at least 2 methods/);
    lab.expectRejected({ type: 'passwordReset.update', changes: { methods: ['mobileAppNotification'] } }, 'InvalidValue', /mobile app/);
    lab.expectRejected({ type: 'passwordReset.update', changes: { reconfirmationDays: 731 } }, 'InvalidValue', /0 and 730/);
  });

  it('is turned on for a pilot group with two methods required', () => {
    const lab = new TestTenant();
    const finance = toArray(lab.tenant.directory.groups).find((group) => group.displayName === 'Finance')!;
    lab.run({ type: 'passwordReset.update', changes: { enablement: 'selected', selectedGroupId: finance.id, numberOfMethodsRequired: 2, methods: ['mobilePhone', 'email', 'mobileAppCode'] } });
    expect(lab.tenant.access.passwordReset).toMatchObject({ enablement: 'selected', selectedGroupId: finance.id, numberOfMethodsRequired: 2 });
    lab.run({ type: 'passwordReset.update', changes: { enablement: 'all' } });
    expect(lab.tenant.access.passwordReset.selectedGroupId).toBeNull();
  });
});

describe('per-user MFA and registered methods', () => {
  it('moves an Enabled user to Enforced once they register a method, and logs "Update user"', () => {
    const lab = new TestTenant();
    const alex = lab.userId(ALEX);
    lab.run({ type: 'user.setPerUserMfaState', userId: alex, state: 'enabled' });
    expect(lab.lastResult?.ok && lab.lastResult.audit[0]).toMatchObject({ activityDisplayName: 'Update user' });
    lab.run({ type: 'user.registerAuthenticationMethod', userId: alex, method: 'microsoftAuthenticator' });
    expect(lab.tenant.access.userAuthentication.size).toBe(1);
    expect(toArray(lab.tenant.access.userAuthentication)[0]).toMatchObject({ perUserMfaState: 'enforced', methods: ['microsoftAuthenticator'] });
    lab.expectRejected({ type: 'user.registerAuthenticationMethod', userId: alex, method: 'microsoftAuthenticator' }, 'InvalidValue');
  });
});

describe('sign-in logs', () => {
  function blockedOutsideOffice(): TestTenant {
    const lab = withoutSecurityDefaults();
    lab.run({ type: 'namedLocation.save', location: { kind: 'ip', displayName: 'Office', ipRanges: ['203.0.113.0/24'], isTrusted: true } });
    lab.run({
      type: 'conditionalAccess.createPolicy',
      policy: policyInput({
        displayName: 'Block outside the office',
        state: 'enabled',
        grantControls: { operator: 'OR', builtInControls: ['block'] },
        conditions: { users: users({ includeUsers: [lab.userId(ALEX)] }), locations: { includeLocations: ['All'], excludeLocations: ['AllTrusted'] } },
      }),
    });
    return lab;
  }

  it('record a blocked sign-in with 53003 and the policy that failed it', () => {
    const lab = blockedOutsideOffice();
    lab.run({ type: 'signIn.attempt', request: signIn(lab.userId(ALEX), { ipAddress: '198.51.100.9', countryCode: 'FR' }) });
    const [entry] = toArray(lab.tenant.access.signIns);
    expect(entry).toMatchObject({
      userPrincipalName: ALEX,
      appDisplayName: 'Office 365 Exchange Online',
      clientAppUsed: 'Browser',
      status: { errorCode: 53003, failureReason: 'Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.' },
      conditionalAccessStatus: 'failure',
      location: { countryOrRegion: 'FR' },
    });
    expect(entry!.appliedConditionalAccessPolicies).toEqual([expect.objectContaining({ displayName: 'Block outside the office', result: 'failure', enforcedGrantControls: ['Block'] })]);
  });

  it('record a sign-in that completed MFA with the method used', () => {
    const lab = withoutSecurityDefaults();
    const alex = lab.userId(ALEX);
    lab.run({ type: 'user.registerAuthenticationMethod', userId: alex, method: 'microsoftAuthenticator' });
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ state: 'enabled', conditions: { users: users({ includeUsers: [alex] }) } }) });
    lab.run({ type: 'signIn.attempt', request: signIn(alex) });
    expect(toArray(lab.tenant.access.signIns)[0]).toMatchObject({
      status: { errorCode: 0 },
      authenticationRequirement: 'multiFactorAuthentication',
      mfaDetail: { authMethod: 'Mobile app notification' },
      conditionalAccessStatus: 'success',
    });
  });

  it('fail with 50076 when MFA is required and the user has no method to answer it', () => {
    const lab = withoutSecurityDefaults();
    const alex = lab.userId(ALEX);
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ state: 'enabled', conditions: { users: users({ includeUsers: [alex] }) } }) });
    lab.run({ type: 'signIn.attempt', request: signIn(alex) });
    expect(toArray(lab.tenant.access.signIns)[0]!.status.errorCode).toBe(50076);
  });

  it('queued by a scenario happen when the simulated clock reaches them, against the tenant as it is then', () => {
    const lab = blockedOutsideOffice();
    lab.run({ type: 'signIn.schedule', request: signIn(lab.userId(ALEX), { ipAddress: '198.51.100.9' }), after: 'PT2H' });
    expect(lab.tenant.access.signIns.size).toBe(0);
    lab.run({ type: 'clock.advance', duration: 'PT1H' });
    expect(lab.tenant.access.signIns.size).toBe(0);
    lab.run({ type: 'clock.advance', duration: 'PT1H' });
    const [entry] = toArray(lab.tenant.access.signIns);
    expect(entry).toMatchObject({ createdDateTime: '2026-03-02T11:00:00.000Z', status: { errorCode: 53003 } });
    expect(lab.tenant.access.queuedSignIns.size).toBe(0);
  });

  it('refuse a sign-in for a user who does not exist or from an address that isn’t IPv4', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'signIn.attempt', request: signIn('missing') }, 'ResourceNotFound');
    lab.expectRejected({ type: 'signIn.attempt', request: signIn(lab.userId(ALEX), { ipAddress: 'not-an-ip' }) }, 'InvalidValue');
  });

  it('What If answers without recording anything', () => {
    const lab = blockedOutsideOffice();
    const outcome = evaluateInTenant(lab.tenant, signIn(lab.userId(ALEX), { ipAddress: '203.0.113.5' }))!;
    expect(outcome.access).toBe('granted');
    expect(outcome.policies[0]!.unmatched).toBe('Locations');
    expect(lab.tenant.access.signIns.size).toBe(0);
    expect(evaluateInTenant(lab.tenant, signIn(lab.userId(ADMIN)))!.policies[0]!.unmatched).toBe('Users');
  });
});

describe('nested groups in policy assignments', () => {
  it('apply a policy on an outer group to the members of a group nested in it', () => {
    const lab = withoutSecurityDefaults();
    const alex = lab.userId(ALEX);
    lab.run({ type: 'group.create', displayName: 'Pilot', mailEnabled: false, securityEnabled: true, memberIds: [alex] });
    const inner = createdId(lab);
    lab.run({ type: 'group.create', displayName: 'Rollout', mailEnabled: false, securityEnabled: true, memberIds: [inner] });
    const outer = createdId(lab);
    lab.run({ type: 'conditionalAccess.createPolicy', policy: policyInput({ state: 'enabled', conditions: { users: users({ includeGroups: [outer] }) } }) });
    expect(evaluateInTenant(lab.tenant, signIn(alex))!.policies[0]!.applies).toBe(true);
    expect(evaluateInTenant(lab.tenant, signIn(lab.userId('MeganB@contoso.com')))!.policies[0]!.applies).toBe(false);
  });
});
