import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import {
  AAD_PREMIUM_P2_PLAN_ID,
  administrativeUnitScope,
  createContosoTenant,
  DEFAULT_ROLE_SETTINGS,
  entities,
  getById,
  isAuthorized,
  myEligibleRoles,
  pendingActivationApprovals,
  removeEntity,
  replay,
  ROLE,
  roleHolders,
  roleSettings,
  signedInAs,
  SYSTEM_ACTOR,
  toArray,
  type Tenant,
} from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';
import { createUnit, withRoleGroup } from './roles.support';

const ADMIN = 'admin@contoso.onmicrosoft.com';
const MEGAN = 'MeganB@contoso.com';
const ALEX = 'AlexW@contoso.com';
const NESTOR = 'NestorW@contoso.com';
const CREATE_USERS = { action: 'microsoft.directory/users/create' };
const EXISTS = 'The Role assignment already exists.';
const DOES_NOT_EXIST = 'The Role assignment does not exist.';

/** Contoso where Megan is eligible for User Administrator (permanently, as the defaults allow). */
function meganEligible(): TestTenant {
  const lab = new TestTenant();
  lab.run({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator, justification: 'Covers onboarding' });
  return lab;
}

function canCreateUsers(lab: TestTenant, upn: string): boolean {
  return isAuthorized(lab.tenant, signedInAs(lab.userId(upn)), CREATE_USERS);
}

function pimProcesses(tenant: Tenant) {
  return toArray(tenant.scheduledProcesses).filter((process) => process.kind.startsWith('pim.'));
}

/** Contoso without any subscription carrying Microsoft Entra ID P2. */
function withoutP2(): Tenant {
  return produce(createContosoTenant(), (draft) => {
    for (const sku of [...entities(draft.licensing.subscribedSkus)]) {
      if (sku.servicePlans.some((plan) => plan.servicePlanId === AAD_PREMIUM_P2_PLAN_ID)) removeEntity(draft.licensing.subscribedSkus, sku.id);
    }
  });
}

describe('Microsoft Entra ID P2', () => {
  it('is required for every PIM command, with a message that says so', () => {
    const lab = new TestTenant(withoutP2());
    const message = 'The tenant needs to have Microsoft Entra ID P2 or Microsoft Entra ID Governance license.';
    lab.expectRejected({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator }, 'AadPremiumLicenseRequired', message);
    lab.expectRejected({ type: 'pim.removeEligible', eligibilityId: 'x' }, 'AadPremiumLicenseRequired', message);
    lab.expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x' }, 'AadPremiumLicenseRequired', message);
    lab.expectRejected({ type: 'pim.deactivate', roleDefinitionId: ROLE.userAdministrator }, 'AadPremiumLicenseRequired', message);
    lab.expectRejected({ type: 'pim.approve', requestId: 'x', justification: 'ok' }, 'AadPremiumLicenseRequired', message);
    lab.expectRejected({ type: 'pim.deny', requestId: 'x', justification: 'no' }, 'AadPremiumLicenseRequired', message);
    lab.expectRejected({ type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.userAdministrator, requireApproval: true }, 'AadPremiumLicenseRequired', message);
  });
});

describe('pim.assignEligible', () => {
  it('makes a user permanently eligible, logged by the directory and by PIM', () => {
    const lab = new TestTenant();
    const megan = lab.userId(MEGAN);
    const result = lab.send({ type: 'pim.assignEligible', principalId: megan, roleDefinitionId: ROLE.userAdministrator, justification: 'Covers onboarding' });
    expect(toArray(lab.tenant.roles.roleEligibilitySchedules)).toEqual([
      expect.objectContaining({
        principalId: megan,
        roleDefinitionId: ROLE.userAdministrator,
        directoryScopeId: '/',
        memberType: 'Direct',
        status: 'Provisioned',
        justification: 'Covers onboarding',
        scheduleInfo: { startDateTime: lab.tenant.clock.now, expiration: { type: 'noExpiration', endDateTime: null } },
      }),
    ]);
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.loggedByService])).toEqual([
      ['Add eligible member to role', 'Core Directory'],
      ['Add eligible member to role in PIM completed (permanent)', 'PIM'],
    ]);
    expect(canCreateUsers(lab, MEGAN)).toBe(false);
    expect(roleHolders(lab.tenant, ROLE.userAdministrator)).toContainEqual(expect.objectContaining({ principalId: megan, assignmentType: 'Eligible' }));
  });

  it('ends a time-bound eligibility on its end date on the simulated clock', () => {
    const lab = new TestTenant();
    const result = lab.send({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator, expiresDateTime: '2026-03-09T09:00:00.000Z' });
    expect(result.ok && result.audit[1]!.activityDisplayName).toBe('Add eligible member to role in PIM completed (timebound)');
    expect(pimProcesses(lab.tenant)).toEqual([expect.objectContaining({ kind: 'pim.eligibilityEnd', dueDateTime: '2026-03-09T09:00:00.000Z' })]);
    lab.run({ type: 'clock.advance', duration: 'P6D' });
    expect(lab.tenant.roles.roleEligibilitySchedules.size).toBe(1);
    const end = lab.send({ type: 'clock.advance', duration: 'P2D' });
    expect(lab.tenant.roles.roleEligibilitySchedules.size).toBe(0);
    expect(end.ok && end.audit.map((record) => [record.activityDisplayName, record.activityDateTime, record.initiatedBy])).toEqual([
      ['Remove eligible member from role in PIM completed (timebound)', '2026-03-09T09:00:00.000Z', { app: { displayName: 'MS-PIM' } }],
      ['Remove eligible member from role', '2026-03-09T09:00:00.000Z', { app: { displayName: 'MS-PIM' } }],
    ]);
  });

  it('makes a role-assignable group eligible, and each direct member may activate', () => {
    const { lab, groupId } = withRoleGroup();
    lab.run({ type: 'pim.assignEligible', principalId: groupId, roleDefinitionId: ROLE.userAdministrator });
    lab.signInAs('AdeleV@contoso.com').run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'Helping HR' });
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleInstances)).toEqual([expect.objectContaining({ principalId: lab.userId('AdeleV@contoso.com'), memberType: 'Group' })]);
    expect(canCreateUsers(lab, 'AdeleV@contoso.com')).toBe(true);
    expect(canCreateUsers(lab, ALEX)).toBe(false);
  });

  it('scopes an eligibility to an administrative unit', () => {
    const lab = new TestTenant();
    const unit = createUnit(lab, 'Seattle', [ALEX]);
    lab.run({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.helpdeskAdministrator, directoryScopeId: administrativeUnitScope(unit) });
    lab.signInAs(MEGAN).run({ type: 'pim.activate', roleDefinitionId: ROLE.helpdeskAdministrator, directoryScopeId: administrativeUnitScope(unit), justification: 'Ticket 12' });
    const reset = { action: 'microsoft.directory/users/password/update' };
    const megan = signedInAs(lab.userId(MEGAN));
    expect(isAuthorized(lab.tenant, megan, { ...reset, targetId: lab.userId(ALEX) })).toBe(true);
    expect(isAuthorized(lab.tenant, megan, { ...reset, targetId: lab.userId(NESTOR) })).toBe(false);
  });

  it('refuses a second eligibility for the same role and scope', () => {
    const lab = meganEligible();
    lab.expectRejected({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator }, 'RoleAssignmentExists', EXISTS);
  });

  it('refuses principals, roles and scopes role assignments refuse', () => {
    const lab = new TestTenant();
    const finance = toArray(lab.tenant.directory.groups).find((group) => group.displayName === 'Finance')!.id;
    lab.expectRejected({ type: 'pim.assignEligible', principalId: 'nobody', roleDefinitionId: ROLE.userAdministrator }, 'ResourceNotFound');
    lab.expectRejected(
      { type: 'pim.assignEligible', principalId: finance, roleDefinitionId: ROLE.userAdministrator },
      'GroupNotRoleAssignable',
      'Groups without IsAssignableToRole property set cannot be assigned to roles.',
    );
    lab.expectRejected({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: 'no-role' }, 'ResourceNotFound');
    const unit = createUnit(lab, 'Seattle');
    lab.expectRejected(
      { type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.globalAdministrator, directoryScopeId: administrativeUnitScope(unit) },
      'ScopeNotSupported',
    );
  });

  it('refuses an end date in the past, a malformed one, or one given with permanent', () => {
    const lab = new TestTenant();
    const megan = lab.userId(MEGAN);
    const base = { type: 'pim.assignEligible', principalId: megan, roleDefinitionId: ROLE.userAdministrator } as const;
    lab.expectRejected({ ...base, expiresDateTime: '2026-03-01T00:00:00.000Z' }, 'InvalidValue', 'The end date must be later than the start date.');
    lab.expectRejected({ ...base, expiresDateTime: 'next week' }, 'InvalidValue', "Invalid value specified for property 'expiresDateTime'.");
    lab.expectRejected({ ...base, expiresDateTime: '2026-04-01T00:00:00.000Z', permanent: true }, 'InvalidValue', 'Choose either a permanent eligibility or an end date, not both.');
  });

  it('refuses a justification longer than 500 characters', () => {
    const lab = new TestTenant();
    lab.expectRejected(
      { type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator, justification: 'x'.repeat(501) },
      'InvalidValue',
      'The justification can be at most 500 characters.',
    );
  });

  it('follows role settings that require eligible assignments to expire', () => {
    const lab = new TestTenant();
    lab.run({ type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.userAdministrator, eligibleAssignmentExpiration: { allowPermanent: false, expireAfter: 'P30D' } });
    const base = { type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator } as const;
    const failed = 'The following policy rules failed: ["ExpirationRule"]';
    lab.expectRejected({ ...base, permanent: true }, 'RoleAssignmentRequestPolicyValidationFailed', failed);
    lab.expectRejected({ ...base, expiresDateTime: '2026-05-01T09:00:00.000Z' }, 'RoleAssignmentRequestPolicyValidationFailed', failed);
    lab.run(base);
    expect(toArray(lab.tenant.roles.roleEligibilitySchedules)[0]!.scheduleInfo.expiration).toEqual({ type: 'afterDateTime', endDateTime: '2026-04-01T09:00:00.000Z' });
  });

  it('denies a User Administrator', () => {
    const lab = new TestTenant().signInAs(NESTOR);
    lab.expectRejected({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.helpdeskAdministrator }, 'InsufficientPrivileges');
  });
});

describe('pim.removeEligible', () => {
  it('removes an eligibility by id or by principal and role, and its end timer', () => {
    const lab = new TestTenant();
    lab.run({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator, expiresDateTime: '2026-04-01T00:00:00.000Z' });
    const eligibilityId = toArray(lab.tenant.roles.roleEligibilitySchedules)[0]!.id;
    const result = lab.send({ type: 'pim.removeEligible', eligibilityId });
    expect(lab.tenant.roles.roleEligibilitySchedules.size).toBe(0);
    expect(pimProcesses(lab.tenant)).toEqual([]);
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual([
      'Remove eligible member from role',
      'Remove eligible member from role in PIM completed (timebound)',
    ]);
    lab.run({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator });
    lab.run({ type: 'pim.removeEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator });
    expect(lab.tenant.roles.roleEligibilitySchedules.size).toBe(0);
  });

  it('refuses an eligibility that does not exist, and denies a User Administrator', () => {
    const lab = meganEligible();
    lab.expectRejected({ type: 'pim.removeEligible', eligibilityId: 'missing' }, 'RoleAssignmentDoesNotExist', DOES_NOT_EXIST);
    lab.signInAs(NESTOR).expectRejected({ type: 'pim.removeEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator }, 'InsufficientPrivileges');
  });
});

describe('pim.activate', () => {
  it('grants the role for the chosen hours, then takes it away when the activation expires', () => {
    const lab = meganEligible().signInAs(MEGAN);
    expect(canCreateUsers(lab, MEGAN)).toBe(false);
    const result = lab.send({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'New starters', durationHours: 2 });
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.loggedByService])).toEqual([
      ['Add member to role completed (PIM activation)', 'PIM'],
      ['Add member to role', 'Core Directory'],
    ]);
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleInstances)).toEqual([
      expect.objectContaining({ assignmentType: 'Activated', memberType: 'Direct', startDateTime: '2026-03-02T09:00:00.000Z', endDateTime: '2026-03-02T11:00:00.000Z' }),
    ]);
    expect(canCreateUsers(lab, MEGAN)).toBe(true);
    lab.run({ type: 'user.create', userPrincipalName: 'pat@contoso.com', displayName: 'Pat Doe' });
    expect(myEligibleRoles(lab.tenant, lab.userId(MEGAN))).toEqual([expect.objectContaining({ state: 'Activated', activationEndDateTime: '2026-03-02T11:00:00.000Z' })]);

    lab.run({ type: 'clock.advance', duration: 'PT1H' });
    expect(canCreateUsers(lab, MEGAN)).toBe(true);
    const expiry = lab.send({ type: 'clock.advance', duration: 'PT1H' });
    expect(canCreateUsers(lab, MEGAN)).toBe(false);
    expect(lab.tenant.roles.roleAssignmentScheduleInstances.size).toBe(0);
    expect(expiry.ok && expiry.audit.map((record) => [record.activityDisplayName, record.activityDateTime])).toEqual([
      ['Remove member from role (PIM activation expired)', '2026-03-02T11:00:00.000Z'],
      ['Remove member from role', '2026-03-02T11:00:00.000Z'],
    ]);
    lab.expectRejected({ type: 'user.create', userPrincipalName: 'sam@contoso.com', displayName: 'Sam Roe' }, 'InsufficientPrivileges');
    expect(myEligibleRoles(lab.tenant, lab.userId(MEGAN))).toEqual([expect.objectContaining({ state: 'Eligible' })]);
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });

  it('lasts 8 hours unless told otherwise', () => {
    const lab = meganEligible().signInAs(MEGAN).run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'Busy day' });
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleInstances)[0]!.endDateTime).toBe('2026-03-02T17:00:00.000Z');
  });

  it('never outlasts the eligibility it came from', () => {
    const lab = new TestTenant();
    lab.run({ type: 'pim.assignEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator, expiresDateTime: '2026-03-02T12:00:00.000Z' });
    lab.signInAs(MEGAN).run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'Busy day' });
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleInstances)[0]!.endDateTime).toBe('2026-03-02T12:00:00.000Z');
  });

  it('requires an eligibility for that role and scope', () => {
    const lab = meganEligible().signInAs(MEGAN);
    lab.expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.helpdeskAdministrator, justification: 'x' }, 'RoleAssignmentDoesNotExist', DOES_NOT_EXIST);
    lab.signInAs(ALEX).expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x' }, 'RoleAssignmentDoesNotExist', DOES_NOT_EXIST);
  });

  it('refuses a role that is already active', () => {
    const lab = meganEligible().signInAs(MEGAN).run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x' });
    lab.expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'again' }, 'RoleAssignmentExists', EXISTS);
    const standing = new TestTenant();
    standing.run({ type: 'pim.assignEligible', principalId: standing.userId(NESTOR), roleDefinitionId: ROLE.userAdministrator });
    standing.signInAs(NESTOR).expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x' }, 'RoleAssignmentExists', EXISTS);
  });

  it('names each role setting the request breaks', () => {
    const lab = meganEligible().signInAs(MEGAN);
    lab.expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: '  ' }, 'RoleAssignmentRequestPolicyValidationFailed', 'The following policy rules failed: ["JustificationRule"]');
    lab.expectRejected(
      { type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x', durationHours: 9 },
      'RoleAssignmentRequestPolicyValidationFailed',
      'The following policy rules failed: ["ExpirationRule"]',
    );
    lab.signInAs(ADMIN).run({ type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.userAdministrator, requireTicketInfo: true, maximumActivationHours: 4 });
    lab.signInAs(MEGAN).expectRejected(
      { type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, durationHours: 5 },
      'RoleAssignmentRequestPolicyValidationFailed',
      'The following policy rules failed: ["JustificationRule","TicketingRule","ExpirationRule"]',
    );
    lab.run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x', ticketNumber: 'INC-42', ticketSystem: 'ServiceNow' });
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleInstances)[0]!.endDateTime).toBe('2026-03-02T13:00:00.000Z');
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleRequests)[0]).toMatchObject({ ticketInfo: { ticketNumber: 'INC-42', ticketSystem: 'ServiceNow' }, duration: 'PT4H' });
  });

  it('takes whole or half hours from 1 hour', () => {
    const lab = meganEligible().signInAs(MEGAN);
    const message = 'The activation duration must be at least 1 hour, in steps of half an hour.';
    lab.expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x', durationHours: 0.5 }, 'InvalidValue', message);
    lab.expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x', durationHours: 1.25 }, 'InvalidValue', message);
    lab.expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x', durationHours: Number.NaN }, 'InvalidValue', message);
    lab.run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x', durationHours: 1.5 });
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleRequests)[0]!.duration).toBe('PT1H30M');
  });

  it('refuses a justification longer than 500 characters', () => {
    meganEligible()
      .signInAs(MEGAN)
      .expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x'.repeat(501) }, 'InvalidValue', 'The justification can be at most 500 characters.');
  });

  it('needs a signed-in user', () => {
    meganEligible()
      .asActor(SYSTEM_ACTOR)
      .expectRejected({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x' }, 'SignedInUserNotFound', 'Only a signed-in user can activate or deactivate their own roles.');
  });
});

describe('pim.deactivate', () => {
  it('ends an activation early, after its first five minutes', () => {
    const lab = meganEligible().signInAs(MEGAN).run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'x' });
    lab.expectRejected(
      { type: 'pim.deactivate', roleDefinitionId: ROLE.userAdministrator },
      'ActiveDurationTooShort',
      'The Active duration is too short. Miniumum Required is 5 minutes.',
    );
    lab.run({ type: 'clock.advance', duration: 'PT5M' });
    const result = lab.send({ type: 'pim.deactivate', roleDefinitionId: ROLE.userAdministrator });
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual(['Remove member from role completed (PIM deactivate)', 'Remove member from role']);
    expect(canCreateUsers(lab, MEGAN)).toBe(false);
    expect(pimProcesses(lab.tenant)).toEqual([]);
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleRequests).map((request) => [request.action, request.status])).toEqual(
      expect.arrayContaining([
        ['selfActivate', 'Provisioned'],
        ['selfDeactivate', 'Revoked'],
      ]),
    );
  });

  it('refuses a role that is not active, and needs a signed-in user', () => {
    const lab = meganEligible().signInAs(MEGAN);
    lab.expectRejected({ type: 'pim.deactivate', roleDefinitionId: ROLE.userAdministrator }, 'RoleAssignmentDoesNotExist', DOES_NOT_EXIST);
    lab.asActor(SYSTEM_ACTOR).expectRejected({ type: 'pim.deactivate', roleDefinitionId: ROLE.userAdministrator }, 'SignedInUserNotFound');
  });
});

describe('activation with approval', () => {
  function approvalRequired(): TestTenant {
    const lab = meganEligible();
    lab.run({ type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.userAdministrator, requireApproval: true });
    lab.signInAs(MEGAN).run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'Quarter end' });
    return lab;
  }

  function pendingRequestId(lab: TestTenant): string {
    return pendingActivationApprovals(lab.tenant)[0]!.id;
  }

  it('waits for approval before the role counts', () => {
    const lab = approvalRequired();
    expect(canCreateUsers(lab, MEGAN)).toBe(false);
    expect(pendingActivationApprovals(lab.tenant)).toEqual([expect.objectContaining({ status: 'PendingApproval', principalId: lab.userId(MEGAN) })]);
    expect(myEligibleRoles(lab.tenant, lab.userId(MEGAN))).toEqual([expect.objectContaining({ state: 'PendingApproval' })]);
    expect(lab.lastResult?.ok && lab.lastResult.audit.map((record) => record.activityDisplayName)).toEqual(['Add member to role approval requested (PIM activation)']);
    lab.expectRejected(
      { type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'Again' },
      'PendingRoleAssignmentRequest',
      'There is already an existing pending Role assignment request.',
    );
  });

  it('activates from the moment a Privileged Role Administrator approves', () => {
    const lab = approvalRequired();
    lab.signInAs(ADMIN).run({ type: 'role.assign', principalId: lab.userId(ALEX), roleDefinitionId: ROLE.privilegedRoleAdministrator });
    lab.run({ type: 'clock.advance', duration: 'PT30M' });
    const result = lab.signInAs(ALEX).send({ type: 'pim.approve', requestId: pendingRequestId(lab), justification: 'Expected work' });
    expect(result.ok && result.audit.map((record) => [record.activityDisplayName, record.initiatedBy.user?.userPrincipalName ?? record.initiatedBy.app?.displayName])).toEqual([
      ['Add member to role request approved (PIM activation)', ALEX],
      ['Add member to role completed (PIM activation)', 'MS-PIM'],
      ['Add member to role', 'MS-PIM'],
    ]);
    expect(canCreateUsers(lab, MEGAN)).toBe(true);
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleInstances)[0]).toMatchObject({ startDateTime: '2026-03-02T09:30:00.000Z', endDateTime: '2026-03-02T17:30:00.000Z' });
    expect(toArray(lab.tenant.roles.roleAssignmentScheduleRequests)[0]).toMatchObject({
      status: 'Provisioned',
      completedDateTime: '2026-03-02T09:30:00.000Z',
      approval: { reviewResult: 'Approve', reviewedBy: { id: lab.userId(ALEX), displayName: 'Alex Wilber' }, justification: 'Expected work' },
    });
    expect(pendingActivationApprovals(lab.tenant)).toEqual([]);
  });

  it('leaves the role inactive when the request is denied', () => {
    const lab = approvalRequired();
    const requestId = pendingRequestId(lab);
    const result = lab.signInAs(ADMIN).send({ type: 'pim.deny', requestId, justification: 'Not this week' });
    expect(result.ok && result.audit.map((record) => record.activityDisplayName)).toEqual(['Add member to role request denied (PIM activation)']);
    expect(getById(lab.tenant.roles.roleAssignmentScheduleRequests, requestId)).toMatchObject({ status: 'Denied', approval: { reviewResult: 'Deny' } });
    expect(canCreateUsers(lab, MEGAN)).toBe(false);
    lab.expectRejected({ type: 'pim.approve', requestId, justification: 'Changed my mind' }, 'InvalidValue', 'This request is no longer pending approval.');
  });

  it('keeps requestors from deciding their own request', () => {
    const lab = new TestTenant();
    lab.run({ type: 'pim.assignEligible', principalId: lab.userId(ADMIN), roleDefinitionId: ROLE.userAdministrator });
    lab.run({ type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.userAdministrator, requireApproval: true });
    lab.run({ type: 'pim.activate', roleDefinitionId: ROLE.userAdministrator, justification: 'Testing' });
    lab.expectRejected({ type: 'pim.approve', requestId: pendingRequestId(lab), justification: 'Fine' }, 'SelfApprovalNotAllowed', "You can't approve or deny your own request.");
  });

  it('needs a justification from the approver, an existing request and an approver’s role', () => {
    const lab = approvalRequired().signInAs(ADMIN);
    lab.expectRejected({ type: 'pim.approve', requestId: pendingRequestId(lab), justification: ' ' }, 'RequiredPropertyMissing', 'Justification is required.');
    lab.expectRejected({ type: 'pim.deny', requestId: 'missing', justification: 'No' }, 'ResourceNotFound');
    lab.signInAs(NESTOR).expectRejected({ type: 'pim.approve', requestId: pendingRequestId(lab), justification: 'Fine' }, 'InsufficientPrivileges');
    lab.expectRejected({ type: 'pim.deny', requestId: pendingRequestId(lab), justification: 'No' }, 'InsufficientPrivileges');
  });

  it('refuses to approve once the requestor is no longer eligible', () => {
    const lab = approvalRequired().signInAs(ADMIN);
    lab.run({ type: 'pim.removeEligible', principalId: lab.userId(MEGAN), roleDefinitionId: ROLE.userAdministrator });
    lab.expectRejected({ type: 'pim.approve', requestId: pendingRequestId(lab), justification: 'Fine' }, 'RoleAssignmentDoesNotExist', DOES_NOT_EXIST);
  });

  it('replays approvals and expiries to the same state', () => {
    const lab = approvalRequired().signInAs(ADMIN);
    lab.run({ type: 'pim.approve', requestId: pendingRequestId(lab), justification: 'Fine' });
    lab.run({ type: 'clock.advance', duration: 'P1D' });
    expect(JSON.stringify(replay(createContosoTenant(), lab.log))).toBe(JSON.stringify(lab.tenant));
  });
});

describe('pim.updateRoleSettings', () => {
  it('starts every role at the defaults: 8 hours, justification, no approval, permanent assignments allowed', () => {
    expect(roleSettings(createContosoTenant(), ROLE.globalAdministrator)).toEqual(DEFAULT_ROLE_SETTINGS);
    expect(DEFAULT_ROLE_SETTINGS).toMatchObject({ activationMaximumDuration: 'PT8H', activationRequirements: ['Justification'], isApprovalRequired: false });
  });

  it('stores the role’s settings and logs each changed rule', () => {
    const lab = new TestTenant();
    const result = lab.send({
      type: 'pim.updateRoleSettings',
      roleDefinitionId: ROLE.userAdministrator,
      maximumActivationHours: 2,
      requireJustification: false,
      requireTicketInfo: true,
      requireApproval: true,
      activeAssignmentExpiration: { allowPermanent: false, expireAfter: 'P15D' },
    });
    expect(roleSettings(lab.tenant, ROLE.userAdministrator)).toMatchObject({
      activationMaximumDuration: 'PT2H',
      activationRequirements: ['Ticketing'],
      isApprovalRequired: true,
      eligibleAssignmentExpiration: { isExpirationRequired: false, maximumDuration: 'P365D' },
      activeAssignmentExpiration: { isExpirationRequired: true, maximumDuration: 'P15D' },
    });
    expect(toArray(lab.tenant.roles.roleManagementPolicies)[0]).toMatchObject({ scopeId: '/', scopeType: 'DirectoryRole', lastModifiedBy: { displayName: 'MOD Administrator' } });
    expect(roleSettings(lab.tenant, ROLE.helpdeskAdministrator)).toEqual(DEFAULT_ROLE_SETTINGS);
    expect(result.ok && result.audit[0]).toMatchObject({ activityDisplayName: 'Update role setting in PIM', loggedByService: 'PIM' });
    expect(result.ok && result.audit[0]!.targetResources[0]!.modifiedProperties.map((change) => change.displayName)).toEqual([
      'Expiration_EndUser_Assignment',
      'Enablement_EndUser_Assignment',
      'Approval_EndUser_Assignment',
      'Expiration_Admin_Assignment',
    ]);
  });

  it('refuses durations the settings pane doesn’t offer', () => {
    const lab = new TestTenant();
    for (const hours of [0, 25, 2.5]) {
      lab.expectRejected(
        { type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.userAdministrator, maximumActivationHours: hours },
        'InvalidValue',
        'Activation maximum duration must be between 1 and 24 hours.',
      );
    }
    lab.expectRejected(
      { type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.userAdministrator, eligibleAssignmentExpiration: { allowPermanent: false, expireAfter: 'P2D' as 'P15D' } },
      'InvalidValue',
      'Assignments can expire after 15 days, 1 month, 3 months, 6 months or 1 year.',
    );
  });

  it('refuses an unknown role, and denies a User Administrator', () => {
    const lab = new TestTenant();
    lab.expectRejected({ type: 'pim.updateRoleSettings', roleDefinitionId: 'no-role', requireApproval: true }, 'ResourceNotFound');
    lab.signInAs(NESTOR).expectRejected({ type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.userAdministrator, requireApproval: true }, 'InsufficientPrivileges');
  });

  it('lets a Privileged Role Administrator edit settings', () => {
    const lab = new TestTenant();
    lab.run({ type: 'role.assign', principalId: lab.userId(ALEX), roleDefinitionId: ROLE.privilegedRoleAdministrator });
    lab.signInAs(ALEX).run({ type: 'pim.updateRoleSettings', roleDefinitionId: ROLE.globalAdministrator, requireApproval: true });
    expect(roleSettings(lab.tenant, ROLE.globalAdministrator).isApprovalRequired).toBe(true);
  });
});

describe('eligible role holders', () => {
  it('lists a group’s eligibility with its members', () => {
    const { lab, groupId } = withRoleGroup();
    lab.run({ type: 'pim.assignEligible', principalId: groupId, roleDefinitionId: ROLE.helpdeskAdministrator });
    const rows = roleHolders(lab.tenant, ROLE.helpdeskAdministrator).filter((row) => row.assignmentType === 'Eligible');
    expect(rows.map((row) => [row.displayName, row.memberType])).toEqual([
      ['Tier 1 Support', 'Direct'],
      ['Adele Vance', 'Group'],
      ['Alex Wilber', 'Group'],
    ]);
    expect(myEligibleRoles(lab.tenant, lab.userId(ALEX))).toEqual([expect.objectContaining({ memberType: 'Group', groupId, state: 'Eligible' })]);
  });
});
