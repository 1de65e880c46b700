import { emptyCollection, type Collection } from '../../../collection';
import type { OrgContact } from './contact';
import type { DeletedMemberships, Group } from './group';
import type { User } from './user';

/** Users, groups and contacts, active and soft-deleted. */
export interface DirectorySlice {
  readonly users: Collection<User>;
  /** Soft-deleted users (Graph's directory/deletedItems for users). */
  readonly deletedUsers: Collection<User>;
  readonly groups: Collection<Group>;
  /** Soft-deleted Microsoft 365 groups, restorable for 30 days (Entra's Deleted groups). */
  readonly deletedGroups: Collection<Group>;
  /** The group links of soft-deleted users and groups, kept so a restore brings them back. */
  readonly deletedMemberships: Collection<DeletedMemberships>;
  /** Mail contacts (Graph's orgContact). */
  readonly contacts: Collection<OrgContact>;
}

export function emptyDirectory(): DirectorySlice {
  return {
    users: emptyCollection(),
    deletedUsers: emptyCollection(),
    groups: emptyCollection(),
    deletedGroups: emptyCollection(),
    deletedMemberships: emptyCollection(),
    contacts: emptyCollection(),
  };
}
