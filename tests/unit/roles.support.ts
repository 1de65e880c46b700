import type { Tenant } from '../../src/tenant';
import { toArray } from '../../src/tenant';
import { TestTenant } from '../support/test-tenant';

/** Shared steps for the roles, administrative units and PIM tests. */

/** The id of the first audit target of the last accepted command: what it created. */
export function created(lab: TestTenant): string {
  const result = lab.lastResult;
  if (!result?.ok) throw new Error('the last command was rejected');
  return result.audit[0]!.targetResources[0]!.id;
}

export function assignmentsOf(tenant: Tenant, principalId: string) {
  return toArray(tenant.roles.roleAssignments).filter((assignment) => assignment.principalId === principalId);
}

/** A role-assignable security group "Tier 1 Support" holding Adele and Alex. */
export function withRoleGroup(lab = new TestTenant()): { lab: TestTenant; groupId: string } {
  lab.run({
    type: 'group.create',
    displayName: 'Tier 1 Support',
    mailEnabled: false,
    securityEnabled: true,
    isAssignableToRole: true,
    memberIds: [lab.userId('AdeleV@contoso.com'), lab.userId('AlexW@contoso.com')],
  });
  return { lab, groupId: created(lab) };
}

export function createUnit(lab: TestTenant, displayName: string, memberUpns: readonly string[] = [], isMemberManagementRestricted = false): string {
  lab.run({ type: 'administrativeUnit.create', displayName, isMemberManagementRestricted });
  const id = created(lab);
  if (memberUpns.length > 0) lab.run({ type: 'administrativeUnit.addMembers', administrativeUnitId: id, memberIds: memberUpns.map((upn) => lab.userId(upn)) });
  return id;
}
