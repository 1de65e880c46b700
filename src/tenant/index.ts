export * from './actor';
export * from './audit';
export * from './catalog';
export * from './clock';
export * from './collection';
export * from './command';
export * from './commands';
export * from './dispatch';
export * from './errors';
export { DIRECTORY_ERRORS } from './areas/directory/errors';
export { LICENSING_ERRORS } from './areas/licensing/errors';
export * from './fixtures';
export * from './gesture';
export * from './ids';
export * from './machine';
export * from './model';
export * from './areas/roles/permissions';
export * from './replay';
export * from './selectors';
export * from './areas/directory/rules/dynamic';
export * from './areas/domains/rules/dns-records';
export { DEFAULT_TTL, MAX_TTL, MIN_TTL, fullyQualified, ownerOf, zoneFor } from './areas/domains/rules/dns-zone';
export * from './areas/domains/rules/domains';
export * from './areas/roles/selectors';
export { TENANT_SCOPE, administrativeUnitScope, administrativeUnitIdOf, canBeScopedToAdministrativeUnit } from './areas/roles/rules/role-scope';
export { heldRoles, eligibleRolesOf, type HeldRole, type EligibleRole } from './areas/roles/rules/role-holders';
export { AAD_PREMIUM_P2_PLAN_ID, DEFAULT_ROLE_SETTINGS, hasEntraIdP2, activationMaximumHours, type RoleSettings } from './areas/roles/rules/pim-policy';
export { ASSIGNMENT_EXPIRY_CHOICES } from './areas/roles/commands/pim';
export { dropRoleReferences } from './areas/roles/rules/role-references';
export { mayPerform, type SensitiveAction } from './areas/roles/rules/sensitive-actions';
export * from './areas/directory/rules/user-csv';
export { passwordError, type CreateUserInput, type UserProfileChanges, type EditableProfileProperty } from './areas/directory/rules/user-input';
export { groupKindOf, isDynamicGroup, supportsDynamicMembership, isSoftDeletable, type GroupKind } from './areas/directory/rules/group-types';
export {
  DYNAMIC_MEMBERSHIP_INITIATOR,
  MAX_RULE_VALIDATION_USERS,
  usersMatchingRule,
  validateRulesForUsers,
  type RuleValidation,
  type UserRuleValidation,
} from './areas/directory/rules/dynamic-membership';
export * from './areas/licensing/selectors';
export { servicePlanDisplayName, PROHIBITED_USAGE_LOCATIONS } from './areas/licensing/rules/licensing';
export { TRIAL_LICENSES, TRIAL_DAYS, EXPIRED_DAYS, DISABLED_DAYS } from './areas/licensing/rules/subscriptions';
export { activityNamed, auditActivities, describeAcceptedCommand, describeCommand, describeRecord, propertyLabel } from './activities';
export { describeDuration } from './commands/clock';
export { areas, type AreaSlices } from './areas';
export type { ActivityDefinition, AreaModule, ReconcileScope } from './area';
export * from './workflows';
export { CLOUD_APPS, CLIENT_APP_USED, cloudAppById, cloudAppNamed, type CloudApp } from './areas/access/catalog';
export { evaluateSignIn, FAILURE, PROMPT_ORDER, isLegacyClient, type EvaluationContext, type PolicyCondition, type PolicyEvaluation, type SignInOutcome } from './areas/access/rules/evaluate';
export { attemptSignIn, evaluateInTenant, GRANT_CONTROL_NAMES, userAuthenticationOf } from './areas/access/rules/sign-in';
export { subjectOf, transitiveGroupIds, type SignInSubject } from './areas/access/rules/subject';
export { LOCKOUT_WARNING, SECURITY_DEFAULTS_BANNER } from './areas/access/errors';
export { AUTHENTICATION_METHOD_IDS, SSPR_METHODS } from './areas/access/model/settings';
