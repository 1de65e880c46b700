import { uniqueReference, type LocatedObject, type ObjectKindDefinition, type ReferenceDefinition } from '../../area';
import { getById } from '../../collection';
import { anyUser, contactByMail, deletedGroupsNamed, deletedUser, groupsNamed, guestByEmail, person } from '../../lookup';
import type { Group, OrgContact, Tenant, User } from '../../model';

/** Profile properties Graph defines but the sandbox leaves out of a user until they are set. */
const OPTIONAL_USER_PROPERTIES = ['givenName', 'surname', 'jobTitle', 'department', 'companyName', 'officeLocation', 'streetAddress', 'city', 'state', 'postalCode', 'country', 'mobilePhone', 'faxNumber', 'employeeId', 'preferredLanguage', 'externalUserState', 'creationType'];

/** A user by id wherever they are now: active (as a user or a guest), or in Deleted users. */
function locateUser(tenant: Tenant, id: string, activeKind: 'user' | 'guest'): LocatedObject<User> | undefined {
  const active = getById(tenant.directory.users, id);
  if (active) return { kind: activeKind, entity: active };
  const deleted = getById(tenant.directory.deletedUsers, id);
  return deleted ? { kind: 'deletedUser', entity: deleted } : undefined;
}

function locateGroup(tenant: Tenant, id: string): LocatedObject<Group> | undefined {
  const active = getById(tenant.directory.groups, id);
  if (active) return { kind: 'group', entity: active };
  const deleted = getById(tenant.directory.deletedGroups, id);
  return deleted ? { kind: 'deletedGroup', entity: deleted } : undefined;
}

const one = <T>(found: T | undefined): readonly T[] => (found ? [found] : []);

/** Active or deleted: a check may well be about a user the learner is to delete or restore. */
const anyUserExists = (tenant: Tenant, key: string) => anyUser(tenant, key) !== undefined;
const noUserCalled = (key: string) => `no user has the user name ${key} at the start or after the solution`;
const anyGroupExists = (tenant: Tenant, key: string) => groupsNamed(tenant, key).length > 0 || deletedGroupsNamed(tenant, key).length > 0;
const noGroupCalled = (key: string) => `no group is named '${key}' at the start or after the solution`;

const user: ObjectKindDefinition<User> = {
  description: 'A user by user name (UPN), ignoring case; a guest also by the address they were invited with.',
  followable: true,
  find: (tenant, key) => one(person(tenant, key)),
  locate: (tenant, id) => locateUser(tenant, id, 'user'),
  describe: (entity) => `${entity.displayName} (${entity.userPrincipalName})`,
  describeKey: (key) => `the user ${key}`,
  exists: anyUserExists,
  missing: noUserCalled,
  alsoAtStart: ['deletedUser'],
  optionalProperties: OPTIONAL_USER_PROPERTIES,
};

const deletedUserKind: ObjectKindDefinition<User> = {
  description: 'A user in Deleted users, by user name (UPN).',
  find: (tenant, key) => one(deletedUser(tenant, key)),
  locate: (tenant, id) => locateUser(tenant, id, 'user'),
  describe: (entity) => `${entity.displayName} (${entity.userPrincipalName}, in Deleted users)`,
  describeKey: (key) => `the deleted user ${key}`,
  exists: anyUserExists,
  missing: noUserCalled,
  optionalProperties: OPTIONAL_USER_PROPERTIES,
};

const guest: ObjectKindDefinition<User> = {
  description: 'A guest user by the email address they were invited with.',
  followable: true,
  find: (tenant, key) => one(guestByEmail(tenant, key)),
  locate: (tenant, id) => locateUser(tenant, id, 'guest'),
  describe: (entity) => `the guest ${entity.displayName} (${entity.mail})`,
  describeKey: (key) => `a guest invited as ${key}`,
  optionalProperties: OPTIONAL_USER_PROPERTIES,
};

const group: ObjectKindDefinition<Group> = {
  description: 'A group by display name, ignoring case.',
  followable: true,
  find: (tenant, key) => groupsNamed(tenant, key),
  locate: locateGroup,
  describe: (entity) => `the group ${entity.displayName}`,
  describeKey: (key) => `the group ${key}`,
  exists: anyGroupExists,
  missing: noGroupCalled,
  alsoAtStart: ['deletedGroup'],
};

const deletedGroup: ObjectKindDefinition<Group> = {
  description: 'A group in Deleted groups, by display name.',
  find: (tenant, key) => deletedGroupsNamed(tenant, key),
  locate: locateGroup,
  describe: (entity) => `the group ${entity.displayName} (in Deleted groups)`,
  describeKey: (key) => `the deleted group ${key}`,
  exists: anyGroupExists,
  missing: noGroupCalled,
};

const contact: ObjectKindDefinition<OrgContact> = {
  description: 'A mail contact by email address.',
  followable: true,
  find: (tenant, key) => one(contactByMail(tenant, key)),
  locate: (tenant, id) => {
    const entity = getById(tenant.directory.contacts, id);
    return entity ? { kind: 'contact', entity } : undefined;
  },
  describe: (entity) => `the contact ${entity.displayName} (${entity.mail})`,
  describeKey: (key) => `the contact ${key}`,
};

/** The directory's objects as scenario checks name them. */
export const DIRECTORY_OBJECT_KINDS = { user, deletedUser: deletedUserKind, guest, group, deletedGroup, contact };

/** Directory objects a scenario step may name instead of giving their ids. */
export const DIRECTORY_REFERENCES: Readonly<Record<string, ReferenceDefinition>> = {
  user: {
    description: 'a user (active, or in Deleted users) by user name; a guest also by the address they were invited with',
    resolve: (tenant, key) => anyUser(tenant, key)?.id ?? { error: `no user has the user name ${key} at this step` },
  },
  guest: {
    description: 'a guest user by the email address they were invited with',
    resolve: (tenant, key) => guestByEmail(tenant, key)?.id ?? { error: `no guest was invited as ${key} at this step` },
  },
  group: {
    description: 'a group (active, or in Deleted groups) by display name',
    resolve: (tenant, key) => {
      const active = groupsNamed(tenant, key);
      return uniqueReference(active.length > 0 ? active : deletedGroupsNamed(tenant, key), 'group', key);
    },
  },
  contact: {
    description: 'a mail contact by email address',
    resolve: (tenant, key) => contactByMail(tenant, key)?.id ?? { error: `no mail contact has the address ${key} at this step` },
  },
};
