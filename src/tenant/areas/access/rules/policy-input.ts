import { roleTemplateById } from '../../../catalog';
import { getById } from '../../../collection';
import type { TenantError } from '../../../errors';
import type { Tenant } from '../../../model';
import type { Actor } from '../../../actor';
import { APP_GROUPS, cloudAppById } from '../catalog';
import { ACCESS_ERRORS } from '../errors';
import type { ConditionalAccessPolicyInput } from '../model/policy';
import { subjectOf } from './subject';

const USER_KEYWORDS = ['All', 'None', 'GuestsOrExternalUsers'];
const CLIENT_APP_TYPES = ['all', 'browser', 'mobileAppsAndDesktopClients', 'exchangeActiveSync', 'other'];
const PLATFORMS = ['all', 'android', 'iOS', 'windows', 'windowsPhone', 'macOS', 'linux'];
const RISK_LEVELS = ['low', 'medium', 'high', 'hidden', 'none'];
const CONTROLS = ['block', 'mfa', 'compliantDevice', 'domainJoinedDevice', 'approvedApplication', 'compliantApplication', 'passwordChange'];
const STATES = ['enabled', 'disabled', 'enabledForReportingButNotEnforced'];

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
  if (!name) return ACCESS_ERRORS.nameRequired();
  if (name.length > 256) return ACCESS_ERRORS.nameTooLong();
  if (!STATES.includes(policy.state)) return ACCESS_ERRORS.unknownPolicyState(policy.state);
  const { users, applications } = policy.conditions;
  const isUser = (id: string) => USER_KEYWORDS.includes(id) || getById(tenant.directory.users, id) !== undefined;
  const badUser = unknownIn([...users.includeUsers, ...users.excludeUsers], isUser);
  if (badUser !== undefined) return ACCESS_ERRORS.userNotFound(badUser);
  const badGroup = unknownIn([...users.includeGroups, ...users.excludeGroups], (id) => getById(tenant.directory.groups, id) !== undefined);
  if (badGroup !== undefined) return ACCESS_ERRORS.groupNotFound(badGroup, 'users');
  const badRole = unknownIn([...users.includeRoles, ...users.excludeRoles], (id) => roleTemplateById(id) !== undefined);
  if (badRole !== undefined) return ACCESS_ERRORS.roleTemplateNotFound(badRole);
  if (users.includeUsers.length + users.includeGroups.length + users.includeRoles.length === 0) return ACCESS_ERRORS.noUsers();
  const isApp = (id: string) => (APP_GROUPS as readonly string[]).includes(id) || id === 'None' || cloudAppById(id) !== undefined;
  const badApp = unknownIn([...applications.includeApplications, ...applications.excludeApplications], isApp);
  if (badApp !== undefined) return ACCESS_ERRORS.applicationNotFound(badApp);
  if (applications.includeApplications.length === 0 && applications.includeUserActions.length === 0) return ACCESS_ERRORS.noApplications();
  const badClient = unknownIn(policy.conditions.clientAppTypes, (value) => CLIENT_APP_TYPES.includes(value));
  if (badClient !== undefined) return ACCESS_ERRORS.unknownClientAppType(badClient);
  const platforms = policy.conditions.platforms;
  if (platforms) {
    const badPlatform = unknownIn([...platforms.includePlatforms, ...platforms.excludePlatforms], (value) => PLATFORMS.includes(value));
    if (badPlatform !== undefined) return ACCESS_ERRORS.unknownPlatform(badPlatform);
    if (platforms.includePlatforms.length === 0) return ACCESS_ERRORS.noPlatforms();
  }
  const locations = policy.conditions.locations;
  if (locations) {
    const isLocation = (id: string) => id === 'All' || id === 'AllTrusted' || getById(tenant.access.namedLocations, id) !== undefined;
    const badLocation = unknownIn([...locations.includeLocations, ...locations.excludeLocations], isLocation);
    if (badLocation !== undefined) return ACCESS_ERRORS.namedLocationNotFound(badLocation);
    if (locations.includeLocations.length === 0) return ACCESS_ERRORS.noLocations();
  }
  const badRisk = unknownIn([...policy.conditions.signInRiskLevels, ...policy.conditions.userRiskLevels], (value) => RISK_LEVELS.includes(value));
  if (badRisk !== undefined) return ACCESS_ERRORS.unknownRiskLevel(badRisk);
  return grantError(policy);
}

function grantError(policy: ConditionalAccessPolicyInput): TenantError | undefined {
  const grant = policy.grantControls;
  if (!grant) {
    if (!policy.sessionControls) return ACCESS_ERRORS.noControls();
    return undefined;
  }
  const controls = grant.builtInControls;
  const badControl = unknownIn(controls, (value) => CONTROLS.includes(value));
  if (badControl !== undefined) return ACCESS_ERRORS.unknownGrantControl(badControl);
  if (grant.operator !== 'AND' && grant.operator !== 'OR') return ACCESS_ERRORS.invalidOperator();
  if (controls.length === 0) return ACCESS_ERRORS.noGrantControls();
  if (controls.includes('block') && controls.length > 1) return ACCESS_ERRORS.blockCombined();
  // "Require password change" (conditionalAccessGrantControls): with MFA, AND, for user risk, all apps, no other conditions.
  if (controls.includes('passwordChange')) {
    const { conditions } = policy;
    const alone =
      conditions.platforms === null && conditions.locations === null && conditions.signInRiskLevels.length === 0 && conditions.applications.includeApplications.includes('All');
    if (grant.operator !== 'AND' || !controls.includes('mfa') || conditions.userRiskLevels.length === 0 || !alone) {
      return ACCESS_ERRORS.passwordChangeConditions();
    }
  }
  return undefined;
}

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
