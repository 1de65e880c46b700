import { roleTemplateById } from '../../../catalog';
import { getById } from '../../../collection';
import { tenantError, type TenantError } from '../../../errors';
import type { Tenant } from '../../../model';
import type { Actor } from '../../../actor';
import { APP_GROUPS, cloudAppById } from '../catalog';
import type { ConditionalAccessPolicyInput } from '../model/policy';
import { subjectOf } from './subject';

const USER_KEYWORDS = ['All', 'None', 'GuestsOrExternalUsers'];
const CLIENT_APP_TYPES = ['all', 'browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'];
const PLATFORMS = ['all', 'android', 'iOS', 'windows', 'windowsPhone', 'macOS', 'linux'];
const RISK_LEVELS = ['low', 'medium', 'high', 'hidden', 'none'];
const CONTROLS = ['block', 'mfa', 'compliantDevice', 'domainJoinedDevice', 'approvedApplication', 'compliantApplication', 'passwordChange'];
const STATES = ['enabled', 'disabled', 'enabledForReportingButNotEnforced'];

function invalid(message: string, target: string): TenantError {
  return tenantError('InvalidValue', message, target);
}

/** The first unknown value in a list, for the message. */
function unknownIn(values: readonly string[], known: (value: string) => boolean): string | undefined {
  return values.find((value) => !known(value));
}

/**
 * Checks a policy as the policy editor and Graph do: a name, someone and something to apply to,
 * known users, groups, roles, apps and locations, and grant controls that make sense together.
 */
export function policyInputError(tenant: Tenant, policy: ConditionalAccessPolicyInput): TenantError | undefined {
  const name = policy.displayName.trim();
  if (!name) return tenantError('RequiredPropertyMissing', 'Name is required.', 'displayName');
  if (name.length > 256) return invalid('The name can be at most 256 characters.', 'displayName');
  if (!STATES.includes(policy.state)) return invalid(`'${policy.state}' isn't a policy state. Use enabled, disabled or enabledForReportingButNotEnforced.`, 'state');
  const { users, applications } = policy.conditions;
  const isUser = (id: string) => USER_KEYWORDS.includes(id) || getById(tenant.directory.users, id) !== undefined;
  const badUser = unknownIn([...users.includeUsers, ...users.excludeUsers], isUser);
  if (badUser !== undefined) return tenantError('ResourceNotFound', `The user '${badUser}' doesn't exist in the directory.`, 'users');
  const badGroup = unknownIn([...users.includeGroups, ...users.excludeGroups], (id) => getById(tenant.directory.groups, id) !== undefined);
  if (badGroup !== undefined) return tenantError('ResourceNotFound', `The group '${badGroup}' doesn't exist in the directory.`, 'users');
  const badRole = unknownIn([...users.includeRoles, ...users.excludeRoles], (id) => roleTemplateById(id) !== undefined);
  if (badRole !== undefined) return tenantError('ResourceNotFound', `'${badRole}' isn't a built-in directory role template id.`, 'users');
  if (users.includeUsers.length + users.includeGroups.length + users.includeRoles.length === 0) {
    return invalid('Select the users, groups or roles the policy applies to, or All users.', 'users');
  }
  const isApp = (id: string) => (APP_GROUPS as readonly string[]).includes(id) || id === 'None' || cloudAppById(id) !== undefined;
  const badApp = unknownIn([...applications.includeApplications, ...applications.excludeApplications], isApp);
  if (badApp !== undefined) return tenantError('ResourceNotFound', `The application '${badApp}' isn't a cloud app the tenant knows.`, 'applications');
  if (applications.includeApplications.length === 0 && applications.includeUserActions.length === 0) {
    return invalid('Select the resources (cloud apps) or user action the policy applies to.', 'applications');
  }
  const badClient = unknownIn(policy.conditions.clientAppTypes, (value) => CLIENT_APP_TYPES.includes(value));
  if (badClient !== undefined) return invalid(`'${badClient}' isn't a client app type.`, 'clientAppTypes');
  const platforms = policy.conditions.platforms;
  if (platforms) {
    const badPlatform = unknownIn([...platforms.includePlatforms, ...platforms.excludePlatforms], (value) => PLATFORMS.includes(value));
    if (badPlatform !== undefined) return invalid(`'${badPlatform}' isn't a device platform.`, 'platforms');
    if (platforms.includePlatforms.length === 0) return invalid('Select the device platforms to include, or Any device.', 'platforms');
  }
  const locations = policy.conditions.locations;
  if (locations) {
    const isLocation = (id: string) => id === 'All' || id === 'AllTrusted' || getById(tenant.access.namedLocations, id) !== undefined;
    const badLocation = unknownIn([...locations.includeLocations, ...locations.excludeLocations], isLocation);
    if (badLocation !== undefined) return tenantError('ResourceNotFound', `The named location '${badLocation}' doesn't exist.`, 'locations');
    if (locations.includeLocations.length === 0) return invalid('Select the locations to include, or Any network or location.', 'locations');
  }
  const badRisk = unknownIn([...policy.conditions.signInRiskLevels, ...policy.conditions.userRiskLevels], (value) => RISK_LEVELS.includes(value));
  if (badRisk !== undefined) return invalid(`'${badRisk}' isn't a risk level.`, 'riskLevels');
  return grantError(policy);
}

function grantError(policy: ConditionalAccessPolicyInput): TenantError | undefined {
  const grant = policy.grantControls;
  if (!grant) {
    if (!policy.sessionControls) return invalid('Select at least one grant or session control.', 'grantControls');
    return undefined;
  }
  const controls = grant.builtInControls;
  const badControl = unknownIn(controls, (value) => CONTROLS.includes(value));
  if (badControl !== undefined) return invalid(`'${badControl}' isn't a grant control.`, 'grantControls');
  if (grant.operator !== 'AND' && grant.operator !== 'OR') return invalid("The operator must be 'AND' or 'OR'.", 'grantControls');
  if (controls.length === 0) return invalid('Select at least one control to grant access.', 'grantControls');
  if (controls.includes('block') && controls.length > 1) return invalid('Block access can’t be combined with other controls.', 'grantControls');
  // "Require password change" (conditionalAccessGrantControls): with MFA, AND, for user risk, all apps, no other conditions.
  if (controls.includes('passwordChange')) {
    const { conditions } = policy;
    const alone =
      conditions.platforms === null && conditions.locations === null && conditions.signInRiskLevels.length === 0 && conditions.applications.includeApplications.includes('All');
    if (grant.operator !== 'AND' || !controls.includes('mfa') || conditions.userRiskLevels.length === 0 || !alone) {
      return invalid(
        '"Require password change" needs "Require multifactor authentication" with "Require all the selected controls", a user risk condition, All resources, and no other conditions.',
        'grantControls',
      );
    }
  }
  return undefined;
}

/** The editor's banner while security defaults are on. */
export const SECURITY_DEFAULTS_BANNER =
  "It looks like you're about to manage your organization's security configurations. That's great! You must first disable security defaults before enabling a Conditional Access policy.";

/** The editor's lockout warning for a policy on all users and all resources. */
export const LOCKOUT_WARNING =
  "Don't lock yourself out! We recommend applying a policy to a small set of users first to verify it behaves as expected. We also recommend excluding at least one administrator from this policy. This ensures that you still have access and can update a policy if a change is required. Please review the affected users and apps.";

/**
 * Whether saving the policy would earn the editor's lockout warning: it is On, covers All users
 * and All resources, and the admin saving it is not excluded (by user, group or role).
 */
export function risksLockout(tenant: Tenant, policy: ConditionalAccessPolicyInput, actor: Actor): boolean {
  const { users, applications } = policy.conditions;
  if (policy.state !== 'enabled' || !users.includeUsers.includes('All') || !applications.includeApplications.includes('All')) return false;
  if (actor.kind !== 'user') return false;
  const subject = subjectOf(tenant, actor.userId);
  if (!subject) return false;
  const excluded =
    users.excludeUsers.includes(subject.user.id) ||
    users.excludeGroups.some((id) => subject.groupIds.has(id)) ||
    users.excludeRoles.some((id) => subject.roleIds.has(id));
  return !excluded;
}
