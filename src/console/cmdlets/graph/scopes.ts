/**
 * Microsoft Graph's delegated permissions an admin script asks for. Connect-MgGraph refuses a
 * scope name Graph does not define, as Microsoft Entra sign-in does (AADSTS70011), so a typo is
 * caught at sign-in rather than as a puzzling 403 later.
 */
export const DELEGATED_SCOPES: readonly string[] = [
  'openid', 'profile', 'email', 'offline_access',
  'User.Read', 'User.ReadWrite', 'User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'User.Create', 'User.ReadUpdate.All',
  'User.EnableDisableAccount.All', 'User.ManageIdentities.All', 'User.Invite.All', 'User.Export.All', 'User.RevokeSessions.All',
  'User-PasswordProfile.ReadWrite.All', 'User-Phone.ReadWrite.All', 'User-Mail.ReadWrite.All', 'User-LifeCycleInfo.ReadWrite.All',
  'Group.Read.All', 'Group.ReadWrite.All', 'Group.Create', 'GroupMember.Read.All', 'GroupMember.ReadWrite.All',
  'Directory.Read.All', 'Directory.ReadWrite.All', 'Directory.AccessAsUser.All',
  'Organization.Read.All', 'Organization.ReadWrite.All',
  'LicenseAssignment.Read.All', 'LicenseAssignment.ReadWrite.All',
  'Domain.Read.All', 'Domain.ReadWrite.All',
  'RoleManagement.Read.Directory', 'RoleManagement.ReadWrite.Directory', 'RoleManagement.Read.All',
  'RoleEligibilitySchedule.Read.Directory', 'RoleEligibilitySchedule.ReadWrite.Directory',
  'RoleAssignmentSchedule.Read.Directory', 'RoleAssignmentSchedule.ReadWrite.Directory',
  'AdministrativeUnit.Read.All', 'AdministrativeUnit.ReadWrite.All',
  'AuditLog.Read.All', 'Reports.Read.All',
  'Policy.Read.All', 'Policy.ReadWrite.ConditionalAccess', 'Policy.ReadWrite.AuthenticationMethod',
  'UserAuthenticationMethod.Read.All', 'UserAuthenticationMethod.ReadWrite.All',
  'Application.Read.All', 'Application.ReadWrite.All', 'Device.Read.All', 'OrgContact.Read.All',
  'Mail.Read', 'Mail.Send', 'Calendars.Read', 'Sites.Read.All', 'Team.ReadBasic.All',
];

const BY_LOWER = new Map(DELEGATED_SCOPES.map((scope) => [scope.toLowerCase(), scope]));

/** The scope as Graph spells it, or undefined when Graph has no such delegated permission. */
export function knownScope(scope: string): string | undefined {
  return BY_LOWER.get(scope.trim().toLowerCase());
}

/** The scopes a new sign-in holds: those consented before, those asked for, and the sign-in ones. */
export function consentedScopes(previous: readonly string[], requested: readonly string[]): string[] {
  const all = new Map<string, string>();
  for (const scope of [...previous, ...requested, 'openid', 'profile', 'User.Read', 'email']) all.set(scope.toLowerCase(), scope);
  return [...all.values()].sort((a, b) => a.localeCompare(b));
}
