export * from './actor';
export * from './audit';
export * from './catalog';
export * from './clock';
export * from './collection';
export * from './command';
export * from './commands';
export * from './dispatch';
export * from './errors';
export * from './fixtures';
export * from './ids';
export * from './machine';
export * from './model';
export * from './permissions';
export * from './replay';
export * from './selectors';
export * from './rules/dynamic';
export * from './rules/dns-records';
export { DEFAULT_TTL, MAX_TTL, MIN_TTL, fullyQualified, ownerOf, zoneFor } from './rules/dns-zone';
export * from './rules/domains';
export * from './role-selectors';
export { TENANT_SCOPE, administrativeUnitScope, administrativeUnitIdOf, canBeScopedToAdministrativeUnit } from './rules/role-scope';
export { heldRoles, eligibleRolesOf, type HeldRole, type EligibleRole } from './rules/role-holders';
export { AAD_PREMIUM_P2_PLAN_ID, DEFAULT_ROLE_SETTINGS, hasEntraIdP2, activationMaximumHours, type RoleSettings } from './rules/pim-policy';
export { ASSIGNMENT_EXPIRY_CHOICES } from './commands/pim';
export { dropRoleReferences } from './rules/role-references';
export { mayPerform, type SensitiveAction } from './rules/sensitive-actions';
export * from './rules/user-csv';
export { passwordError, type CreateUserInput, type UserProfileChanges } from './rules/user-input';
export { groupKindOf, isDynamicGroup, supportsDynamicMembership, isSoftDeletable, type GroupKind } from './rules/group-types';
export {
  DYNAMIC_MEMBERSHIP_INITIATOR,
  MAX_RULE_VALIDATION_USERS,
  usersMatchingRule,
  validateRulesForUsers,
  type RuleValidation,
  type UserRuleValidation,
} from './rules/dynamic-membership';
export * from './licensing-selectors';
export { servicePlanDisplayName, PROHIBITED_USAGE_LOCATIONS } from './rules/licensing';
export { TRIAL_LICENSES, TRIAL_DAYS, EXPIRED_DAYS, DISABLED_DAYS } from './rules/subscriptions';
