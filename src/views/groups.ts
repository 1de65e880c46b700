import { entities, getById, groupKindOf, type Group, type GroupKind, type Tenant } from '../tenant';
import { rowsEqual, shallowEqual } from './equality';

export interface GroupRow {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string | null;
  readonly groupType: GroupType;
  readonly dynamic: boolean;
  readonly memberCount: number;
  /** Microsoft 365 groups only. */
  readonly visibility: 'Public' | 'Private' | null;
}

/** The group kinds the admin center tells apart. */
export type GroupType = 'Microsoft 365' | 'Distribution list' | 'Mail-enabled security' | 'Security';

export function groupTypeOf(group: Pick<Group, 'groupTypes' | 'mailEnabled' | 'securityEnabled'>): GroupType {
  if (group.groupTypes.includes('Unified')) return 'Microsoft 365';
  if (group.mailEnabled) return group.securityEnabled ? 'Mail-enabled security' : 'Distribution list';
  return 'Security';
}

/** The portals' "Membership type" column. */
export function membershipTypeOf(group: Pick<Group, 'groupTypes'>): 'Assigned' | 'Dynamic' {
  return group.groupTypes.includes('DynamicMembership') ? 'Dynamic' : 'Assigned';
}

function byName<T extends { readonly displayName: string; readonly id: string }>(a: T, b: T): number {
  return a.displayName.localeCompare(b.displayName) || (a.id < b.id ? -1 : 1);
}

export function selectGroupRows(tenant: Tenant): GroupRow[] {
  const rows: GroupRow[] = [];
  for (const group of entities(tenant.directory.groups)) {
    rows.push({
      id: group.id,
      displayName: group.displayName,
      mail: group.mail,
      groupType: groupTypeOf(group),
      dynamic: group.groupTypes.includes('DynamicMembership'),
      memberCount: group.memberIds.length,
      visibility: group.visibility,
    });
  }
  return rows.sort(byName);
}

export interface DeletedGroupRow {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string | null;
  readonly deletedDateTime: string | null;
  /** When the tenant purges it for good (the scheduled purge on the simulated clock). */
  readonly purgeDateTime: string | null;
}

/** Soft-deleted groups (Microsoft 365 groups only: the others are deleted for good). */
export function selectDeletedGroupRows(tenant: Tenant): DeletedGroupRow[] {
  const purges = new Map<string, string>();
  for (const process of entities(tenant.scheduledProcesses)) if (process.kind === 'group.purge') purges.set(process.targetId, process.dueDateTime);
  const rows: DeletedGroupRow[] = [];
  for (const group of entities(tenant.directory.deletedGroups)) {
    rows.push({ id: group.id, displayName: group.displayName, mail: group.mail, deletedDateTime: group.deletedDateTime, purgeDateTime: purges.get(group.id) ?? null });
  }
  return rows.sort(byName);
}

/** What a group's details pane and Entra blade show about the group itself. */
export interface GroupDetails {
  readonly id: string;
  readonly displayName: string;
  readonly description: string | null;
  readonly mail: string | null;
  readonly mailNickname: string;
  readonly mailEnabled: boolean;
  readonly securityEnabled: boolean;
  readonly groupType: GroupType;
  readonly kind: GroupKind;
  readonly membershipType: 'Assigned' | 'Dynamic';
  readonly membershipRule: string | null;
  readonly membershipRuleProcessingState: 'On' | 'Paused' | null;
  readonly visibility: 'Public' | 'Private' | null;
  readonly isAssignableToRole: boolean;
  readonly allowExternalSenders: boolean;
  readonly autoSubscribeNewMembers: boolean;
  readonly createdDateTime: string;
  readonly memberCount: number;
  readonly ownerCount: number;
  readonly licenseCount: number;
}

function detailsOf(group: Group): GroupDetails {
  return {
    id: group.id,
    displayName: group.displayName,
    description: group.description,
    mail: group.mail,
    mailNickname: group.mailNickname,
    mailEnabled: group.mailEnabled,
    securityEnabled: group.securityEnabled,
    groupType: groupTypeOf(group),
    // Every stored group has one of the four shapes the core creates.
    kind: groupKindOf(group)!,
    membershipType: membershipTypeOf(group),
    membershipRule: group.membershipRule,
    membershipRuleProcessingState: group.membershipRuleProcessingState,
    visibility: group.visibility,
    isAssignableToRole: group.isAssignableToRole,
    allowExternalSenders: group.allowExternalSenders,
    autoSubscribeNewMembers: group.autoSubscribeNewMembers,
    createdDateTime: group.createdDateTime,
    memberCount: group.memberIds.length,
    ownerCount: group.ownerIds.length,
    licenseCount: group.assignedLicenses.length,
  };
}

/** A selector for one active group's details (undefined once it is gone). */
export function groupDetailsSelector(groupId: string): (tenant: Tenant) => GroupDetails | undefined {
  return (tenant) => {
    const group = getById(tenant.directory.groups, groupId);
    return group && detailsOf(group);
  };
}

export function detailsEqual<T extends object>(a: T | undefined, b: T | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && shallowEqual(a, b));
}

/** A member or owner as the membership lists show it. */
export interface DirectoryObjectRow {
  readonly id: string;
  readonly displayName: string;
  readonly kind: 'User' | 'Group' | 'Contact';
  /** The user's username, or the group's or contact's email address. */
  readonly address: string | null;
}

function directoryObjectRow(tenant: Tenant, id: string): DirectoryObjectRow | undefined {
  const user = getById(tenant.directory.users, id);
  if (user) return { id, displayName: user.displayName, kind: 'User', address: user.userPrincipalName };
  const group = getById(tenant.directory.groups, id);
  if (group) return { id, displayName: group.displayName, kind: 'Group', address: group.mail };
  const contact = getById(tenant.directory.contacts, id);
  return contact && { id, displayName: contact.displayName, kind: 'Contact', address: contact.mail };
}

/** A selector for a group's members or owners, by name. */
export function groupLinksSelector(groupId: string, link: 'members' | 'owners'): (tenant: Tenant) => DirectoryObjectRow[] {
  return (tenant) => {
    const group = getById(tenant.directory.groups, groupId);
    if (!group) return [];
    const rows: DirectoryObjectRow[] = [];
    for (const id of link === 'members' ? group.memberIds : group.ownerIds) {
      const row = directoryObjectRow(tenant, id);
      if (row) rows.push(row);
    }
    return rows.sort(byName);
  };
}

/** Someone the pickers offer. */
export interface PersonOption {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail: string | null;
}

export interface PeopleSearch {
  readonly results: readonly PersonOption[];
  /** More users match than are listed: the learner should type more. */
  readonly more: boolean;
}

/** How many matches a picker collects before it asks for a narrower search. */
const SEARCH_SCAN_LIMIT = 200;

/**
 * Users whose name, username or email address contains the query, as the pickers' "Search by name
 * or email address" box finds them. It stops collecting after a few hundred matches, so a
 * keystroke on a 50,000-user tenant costs one pass at most and sorts a small list.
 */
export function searchPeople(tenant: Tenant, query: string, limit: number): PeopleSearch {
  const needle = query.trim().toLowerCase();
  const found: PersonOption[] = [];
  let more = false;
  for (const user of entities(tenant.directory.users)) {
    const matches =
      needle === '' ||
      user.displayName.toLowerCase().includes(needle) ||
      user.userPrincipalName.toLowerCase().includes(needle) ||
      (user.mail?.toLowerCase().includes(needle) ?? false);
    if (!matches) continue;
    if (found.length === SEARCH_SCAN_LIMIT) {
      more = true;
      break;
    }
    found.push({ id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, mail: user.mail });
  }
  found.sort(byName);
  return { results: found.slice(0, limit), more: more || found.length > limit };
}

export function peopleSearchEqual(a: PeopleSearch, b: PeopleSearch): boolean {
  return a.more === b.more && rowsEqual(a.results, b.results);
}

/** Domains a group's email address can use: verified ones, the default first. */
export function selectMailDomains(tenant: Tenant): string[] {
  const domains = [...entities(tenant.domains.domains)].filter((domain) => domain.isVerified);
  return domains.sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.id.localeCompare(b.id)).map((domain) => domain.id);
}

export function stringsEqual(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
