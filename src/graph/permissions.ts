import type { GraphContext } from './context';
import { insufficientPrivileges } from './errors';
import type { ScopeRequirement } from './route';

/** Whether the consented scopes meet one of the requirements; permission names compare without case. */
export function hasScopes(consented: readonly string[], requirements: readonly ScopeRequirement[]): boolean {
  const held = new Set(consented.map((scope) => scope.toLowerCase()));
  return requirements.some((requirement) =>
    typeof requirement === 'string' ? held.has(requirement.toLowerCase()) : requirement.every((scope) => held.has(scope.toLowerCase())),
  );
}

/** Refuses the call as Graph does when the token lacks every permission that would allow it. */
export function requireScopes(context: GraphContext, requirements: readonly ScopeRequirement[]): void {
  if (!hasScopes(context.caller.scopes, requirements)) throw insufficientPrivileges();
}

/** The scope lists the routes share, least privileged first. */
export const SCOPES = {
  readUsers: ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  readMe: ['User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  createUser: ['User.Create', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
  updateUser: ['User.ReadUpdate.All', 'User.ReadWrite.All', 'Directory.ReadWrite.All'],
  deleteUser: ['User.ReadWrite.All', 'Directory.ReadWrite.All'],
  readManager: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  writeManager: ['User.ReadWrite.All', 'Directory.ReadWrite.All'],
  assignLicense: ['LicenseAssignment.ReadWrite.All', 'Directory.ReadWrite.All', 'User.ReadWrite.All'],
  readLicenseDetails: ['LicenseAssignment.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'User.Read.All', 'User.ReadWrite.All'],
  readMyLicenseDetails: ['User.Read', 'LicenseAssignment.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'User.Read.All', 'User.ReadWrite.All'],
  readSubscribedSkus: ['Organization.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All', 'Organization.ReadWrite.All'],
  readGroups: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  writeGroups: ['Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  readMembers: ['GroupMember.Read.All', 'Group.Read.All', 'GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  writeMembers: ['GroupMember.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  readMemberOf: ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  readMyMemberOf: ['User.Read', 'GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  readRoles: ['RoleManagement.Read.Directory', 'Directory.Read.All', 'RoleManagement.ReadWrite.Directory', 'Directory.ReadWrite.All'],
  writeRoles: ['RoleManagement.ReadWrite.Directory'],
  readAdministrativeUnits: ['AdministrativeUnit.Read.All', 'Directory.Read.All', 'AdministrativeUnit.ReadWrite.All', 'Directory.ReadWrite.All'],
  writeAdministrativeUnits: ['AdministrativeUnit.ReadWrite.All'],
  readDomains: ['Domain.Read.All', 'Domain.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  writeDomains: ['Domain.ReadWrite.All', 'Directory.AccessAsUser.All'],
  readOrganization: ['User.Read', 'Organization.Read.All', 'Directory.Read.All', 'Organization.ReadWrite.All', 'Directory.ReadWrite.All'],
  readAuditLogs: [['AuditLog.Read.All', 'Directory.Read.All']],
  readDeletedUsers: ['User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  readDeletedGroups: ['Group.Read.All', 'Group.ReadWrite.All', 'Directory.Read.All', 'Directory.ReadWrite.All'],
  writeDeletedUsers: ['User.ReadWrite.All', 'Directory.ReadWrite.All'],
  writeDeletedGroups: ['Group.ReadWrite.All', 'Directory.ReadWrite.All'],
  readPolicies: ['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess'],
  writeConditionalAccess: [['Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess'], 'Policy.ReadWrite.ConditionalAccess'],
  writeSecurityDefaults: ['Policy.ReadWrite.SecurityDefaults', 'Policy.ReadWrite.ConditionalAccess'],
} as const satisfies Record<string, readonly ScopeRequirement[]>;
