import { current, isDraft, type Draft } from 'immer';
import { entities, getById, putEntity, removeEntity, toArray, type Collection } from '../../../collection';
import type { ApplyContext } from '../../../command';
import { activityFields } from '../../../describe';
import type { Group, InitiatedBy, ModifiedProperty, Tenant, User } from '../../../model';
import { DIRECTORY_ACTIVITIES } from '../../directory/activities';
import { userTarget } from '../../directory/commands/user-common';
import { schedulePurge } from '../../directory/processes';
import { addressKey, addressOwner } from '../../directory/rules/proxy-addresses';
import { activeUser } from '../../../lookup';
import type { OnPremisesGroup, OnPremisesUser } from '../../onPremises/model/objects';
import { containersUnder } from '../../onPremises/rules/tree';
import type { SyncConfiguration } from '../model/configuration';
import type { ConnectorObject, SyncError, SyncRun, SyncRunStatus } from '../model/run';
import { BulkWriter } from './bulk-write';
import { MAX_RUN_HISTORY } from '../model/slice';
import { immutableIdOf } from './anchor';
import { projectionContext, projectUser, sameValue, sourceAnchorOf, SYNCED_USER_ATTRIBUTES, type ProjectionContext, type UserProjection } from './projection';
import { syncAccountInitiator } from './sync-account';

export type PolicyType = 'Delta' | 'Initial';

/** The message Entra shows for a duplicate value (the Directory Synchronization Error Report's wording). */
export function duplicateMessage(attribute: string, value: string): string {
  return `Unable to update this object because the following attributes associated with this object have values that may already be associated with another object in your local directory services: [${attribute} ${value};]. Correct or remove the duplicate values in your local directory.`;
}

interface CycleState {
  readonly base: Tenant;
  readonly configuration: SyncConfiguration;
  readonly projection: ProjectionContext;
  readonly context: ApplyContext;
  readonly initiatedBy: InitiatedBy;
  /** Containers in scope; null when the whole domain is. */
  readonly scope: ReadonlySet<string> | null;
  /** Values taken by this cycle's exports, lower case, to the cloud id holding them. */
  readonly claimed: Map<string, string>;
  immutableIds: Map<string, User> | null;
  readonly changedUsers: string[];
  readonly changedGroups: string[];
  /** On-premises users whose link to the cloud changed (joined, provisioned, deleted). */
  readonly relinked: Set<string>;
  readonly errors: SyncError[];
  readonly clearedErrorsOf: Set<string>;
  /** Cloud users this cycle deletes: the values they hold are free for this cycle's exports. */
  readonly leaving: Set<string>;
  adds: number;
  updates: number;
  deletes: number;
  readonly cloudUsers: BulkWriter<User>;
  readonly onPremisesUsers: BulkWriter<OnPremisesUser>;
  readonly links: BulkWriter<ConnectorObject>;
}

/**
 * New objects go into the draft frozen: Immer then takes them as they are instead of walking each
 * for drafts, which is most of an Initial cycle's cost on a large forest.
 */
function frozen<T extends object>(value: T): T {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(value)) {
    const field = record[key];
    // A value read through the draft is a proxy: its current state goes in instead.
    if (isDraft(field)) record[key] = frozen(current(field) as object);
    else if (field !== null && typeof field === 'object' && !Object.isFrozen(field)) frozen(field);
  }
  return Object.freeze(value);
}

function inScope(state: CycleState, parentId: string, isCriticalSystemObject: boolean): boolean {
  return !isCriticalSystemObject && (state.scope === null || state.scope.has(parentId));
}

function userInScope(state: CycleState, user: OnPremisesUser | undefined): user is OnPremisesUser {
  return user !== undefined && inScope(state, user.parentId, user.isCriticalSystemObject);
}

function groupInScope(state: CycleState, group: OnPremisesGroup | undefined): group is OnPremisesGroup {
  return group !== undefined && inScope(state, group.parentId, group.isCriticalSystemObject);
}

function holderOf(state: CycleState, value: string, selfId: string | null, kind: 'upn' | 'address'): string | undefined {
  const key = value.toLowerCase();
  const claimed = state.claimed.get(`${kind}:${key}`);
  if (claimed !== undefined) return claimed === selfId ? undefined : claimed;
  if (kind === 'upn') {
    const holder = activeUser(state.base, value);
    return holder && holder.id !== selfId && stillHolds(state, holder.id, (user) => user.userPrincipalName.toLowerCase() === key) ? holder.id : undefined;
  }
  const owner = addressOwner(state.base, value, selfId ?? undefined);
  if (!owner) return undefined;
  if (owner.kind === 'user') return stillHolds(state, owner.user.id, (user) => user.proxyAddresses.some((proxy) => addressKey(proxy) === key) || user.mail?.toLowerCase() === key) ? owner.user.id : undefined;
  return owner.kind === 'group' ? owner.group.id : owner.contact.id;
}

/** Whether a user who held a value before the cycle still holds it after this cycle's exports so far (a fixed source releases it at once). */
function stillHolds(state: CycleState, userId: string, holds: (user: User) => boolean): boolean {
  if (state.leaving.has(userId)) return false;
  const now = state.cloudUsers.get(userId);
  return now === undefined || holds(now);
}

function claim(state: CycleState, user: Pick<User, 'userPrincipalName' | 'proxyAddresses' | 'mail'>, cloudId: string): void {
  state.claimed.set(`upn:${user.userPrincipalName.toLowerCase()}`, cloudId);
  for (const proxy of user.proxyAddresses) {
    const key = addressKey(proxy);
    if (key) state.claimed.set(`address:${key}`, cloudId);
  }
}

function addError(state: CycleState, onPremisesObjectId: string, cloudObjectId: string | null, attribute: string, value: string, conflictingObjectId: string | null): void {
  const id = `${onPremisesObjectId}:${attribute}`;
  const existing = getById(state.base.sync.errors, id);
  state.errors.push({
    id,
    onPremisesObjectId,
    cloudObjectId,
    errorType: 'AttributeValueMustBeUnique',
    category: 'Duplicate Attribute',
    attribute,
    value,
    conflictingObjectId,
    message: duplicateMessage(attribute, value),
    firstOccurredDateTime: existing?.firstOccurredDateTime ?? state.context.now,
  });
}

/**
 * Duplicate attribute resiliency: a UPN another object holds is replaced by
 * `<prefix><4 digits>@<initial domain>`, and SMTP addresses another object holds are kept out of
 * the cloud; each becomes an export error and a provisioning error on the object.
 */
function resolveDuplicates(state: CycleState, onPremisesId: string, cloud: User | undefined, projection: UserProjection): UserProjection {
  const cloudId = cloud?.id ?? null;
  let { userPrincipalName, proxyAddresses, mail } = projection;
  // Values the cloud object already holds are its own: only new values need the directory-wide look-ups.
  const held = new Set(cloud && !cloud.onPremisesProvisioningErrors?.length ? [cloud.userPrincipalName.toLowerCase(), ...cloud.proxyAddresses.map((proxy) => proxy.toLowerCase())] : []);
  const upnHolder = held.has(userPrincipalName.toLowerCase()) ? undefined : holderOf(state, userPrincipalName, cloudId, 'upn');
  if (upnHolder) {
    addError(state, onPremisesId, cloudId, 'UserPrincipalName', userPrincipalName, upnHolder);
    const digits = String(parseInt(onPremisesId.replace(/-/g, '').slice(-4), 16) % 10_000).padStart(4, '0');
    userPrincipalName = `${userPrincipalName.slice(0, userPrincipalName.lastIndexOf('@'))}${digits}@${state.projection.initialDomain}`;
  }
  const kept: string[] = [];
  for (const proxy of proxyAddresses) {
    const key = addressKey(proxy);
    const holder = key && !held.has(proxy.toLowerCase()) ? holderOf(state, key, cloudId, 'address') : undefined;
    if (holder) addError(state, onPremisesId, cloudId, 'ProxyAddresses', proxy, holder);
    else kept.push(proxy);
  }
  if (kept.length !== proxyAddresses.length) {
    proxyAddresses = kept;
    if (mail && !kept.some((proxy) => addressKey(proxy) === mail!.toLowerCase())) mail = null;
  }
  return { ...projection, userPrincipalName, proxyAddresses, mail };
}

function provisioningErrors(state: CycleState, onPremisesId: string): User['onPremisesProvisioningErrors'] {
  const own = state.errors.filter((error) => error.onPremisesObjectId === onPremisesId);
  return own.map((error) => ({
    category: 'PropertyConflict' as const,
    propertyCausingError: error.attribute === 'UserPrincipalName' ? ('UserPrincipalName' as const) : ('ProxyAddresses' as const),
    value: error.value,
    occurredDateTime: error.firstOccurredDateTime,
  }));
}

function sameProvisioningErrors(a: NonNullable<User['onPremisesProvisioningErrors']>, b: NonNullable<User['onPremisesProvisioningErrors']>): boolean {
  return a.length === b.length && a.every((error, index) => error.value === b[index]!.value && error.propertyCausingError === b[index]!.propertyCausingError);
}

function recordSync(state: CycleState, activity: keyof typeof DIRECTORY_ACTIVITIES, target: ReturnType<typeof userTarget>): void {
  state.context.record({ ...activityFields(DIRECTORY_ACTIVITIES[activity]), loggedByService: 'Core Directory', targetResources: [target], initiatedBy: state.initiatedBy });
}

function matchTarget(state: CycleState, anchor: string, projection: UserProjection): { user: User } | { error: SyncError['errorType']; user: User } | undefined {
  if (!state.immutableIds) {
    state.immutableIds = new Map();
    for (const user of entities(state.base.directory.users)) if (user.onPremisesImmutableId) state.immutableIds.set(user.onPremisesImmutableId, user);
  }
  const hard = state.immutableIds.get(anchor);
  if (hard) return { user: hard };
  if (state.configuration.blockSoftMatch) return undefined;
  // Soft match: the primary SMTP address first, then the UPN, onto a cloud object that no anchor binds.
  const primary = projection.proxyAddresses.find((proxy) => proxy.startsWith('SMTP:'));
  const byAddress = primary ? addressOwner(state.base, primary) : undefined;
  const candidate = byAddress?.kind === 'user' ? byAddress.user : activeUser(state.base, projection.userPrincipalName);
  if (!candidate || state.claimed.has(`upn:${candidate.userPrincipalName.toLowerCase()}`)) return undefined;
  if (candidate.onPremisesImmutableId) return { error: 'InvalidSoftMatch', user: candidate };
  for (const assignment of entities(state.base.roles.roleAssignments)) {
    if (assignment.principalId === candidate.id) return { error: 'ExistingAdminRoleConflict', user: candidate };
  }
  return { user: candidate };
}

const MATCH_MESSAGES: Record<string, string> = {
  InvalidSoftMatch:
    'The object could not be soft-matched: a cloud object with the same proxyAddresses or userPrincipalName is already linked to another on-premises object (another immutableId).',
  ExistingAdminRoleConflict: 'Existing Admin Role Conflict: the matching cloud user holds an administrator role, and soft match may not take it over.',
};

function matchError(state: CycleState, onPremisesId: string, errorType: SyncError['errorType'], holder: User): void {
  const id = `${onPremisesId}:SourceAnchor`;
  state.errors.push({
    id,
    onPremisesObjectId: onPremisesId,
    cloudObjectId: null,
    errorType,
    category: errorType === 'InvalidSoftMatch' ? 'Duplicate Attribute' : 'Other',
    attribute: 'UserPrincipalName',
    value: holder.userPrincipalName,
    conflictingObjectId: holder.id,
    message: MATCH_MESSAGES[errorType]!,
    firstOccurredDateTime: getById(state.base.sync.errors, id)?.firstOccurredDateTime ?? state.context.now,
  });
}

function changedAttributes(cloud: User, projection: UserProjection): { changes: Partial<Record<string, unknown>>; modified: ModifiedProperty[] } {
  const modified: ModifiedProperty[] = [];
  const changes: Record<string, unknown> = {};
  const current = cloud as unknown as Record<string, unknown>;
  for (const attribute of SYNCED_USER_ATTRIBUTES) {
    const value = projection[attribute];
    if (sameValue(current[attribute], value)) continue;
    modified.push({ displayName: attribute, oldValue: JSON.stringify(current[attribute] ?? null), newValue: JSON.stringify(value) });
    changes[attribute] = Array.isArray(value) ? [...value] : value;
  }
  return { changes, modified };
}

function passwordFor(state: CycleState, user: OnPremisesUser): { password: string; changed: string } | undefined {
  return state.configuration.passwordHashSync && !state.configuration.stagingMode ? { password: user.password, changed: user.pwdLastSet } : undefined;
}

function exportUser(state: CycleState, user: OnPremisesUser): void {
  const configuration = state.configuration;
  const anchor = sourceAnchorOf(user, configuration);
  const link = getById(state.base.sync.connectorSpace, user.id);
  state.clearedErrorsOf.add(user.id);
  const projected = projectUser(state.base, user, state.projection);
  let cloud = link ? state.cloudUsers.get(link.cloudId) : undefined;
  if (!cloud) {
    const match = matchTarget(state, anchor, projected);
    if (match && 'error' in match) {
      matchError(state, user.id, match.error, match.user);
      return;
    }
    if (match) cloud = state.cloudUsers.get(match.user.id);
  }
  const projection = resolveDuplicates(state, user.id, cloud, projected);
  const password = passwordFor(state, user);
  if (cloud) {
    const joining = !link;
    const { changes, modified } = changedAttributes(cloud, projection);
    if (joining) {
      Object.assign(changes, { onPremisesImmutableId: anchor, onPremisesSyncEnabled: true });
      modified.push({ displayName: 'onPremisesImmutableId', oldValue: null, newValue: JSON.stringify(anchor) });
    }
    if (password && (cloud.passwordProfile.password !== password.password || joining)) {
      Object.assign(changes, { passwordProfile: { password: password.password, forceChangePasswordNextSignIn: false }, lastPasswordChangeDateTime: password.changed });
    }
    const errors = provisioningErrors(state, user.id)!;
    if (!sameProvisioningErrors(cloud.onPremisesProvisioningErrors ?? [], errors)) changes.onPremisesProvisioningErrors = errors;
    if (modified.length > 0) changes.onPremisesLastSyncDateTime = state.context.now;
    const updated = Object.keys(changes).length > 0 ? frozen({ ...cloud, ...changes } as User) : cloud;
    if (updated !== cloud) state.cloudUsers.put(updated);
    claim(state, updated, updated.id);
    if (modified.length > 0) {
      state.updates += 1;
      state.changedUsers.push(updated.id);
      recordSync(state, 'Update user', userTarget(updated, modified));
    }
    if (joining) {
      state.links.put(frozen({ id: user.id, objectClass: 'user', cloudId: updated.id, sourceAnchor: anchor }));
      state.relinked.add(user.id);
    }
  } else {
    const created: User = {
      id: state.context.newId(),
      ...projection,
      proxyAddresses: [...projection.proxyAddresses],
      businessPhones: [...projection.businessPhones],
      userType: 'Member',
      createdDateTime: state.context.now,
      usageLocation: null,
      otherMails: [],
      assignedLicenses: [],
      licenseAssignmentStates: [],
      passwordProfile: { password: password?.password ?? `!${state.context.newId()}`, forceChangePasswordNextSignIn: false },
      lastPasswordChangeDateTime: password?.changed ?? state.context.now,
      signInSessionsValidFromDateTime: state.context.now,
      managerId: null,
      deletedDateTime: null,
      onPremisesSyncEnabled: true,
      onPremisesImmutableId: anchor,
      onPremisesLastSyncDateTime: state.context.now,
      onPremisesProvisioningErrors: provisioningErrors(state, user.id),
    };
    state.cloudUsers.put(frozen(created));
    state.links.put(frozen({ id: user.id, objectClass: 'user', cloudId: created.id, sourceAnchor: anchor }));
    claim(state, created, created.id);
    state.adds += 1;
    state.changedUsers.push(created.id);
    state.relinked.add(user.id);
    recordSync(state, 'Add user', userTarget(created));
  }
  // Entra Connect writes the anchor back to mS-DS-ConsistencyGuid on first export; the write is
  // the sync engine's own and never comes back as a change.
  if (configuration.sourceAnchor === 'mS-DS-ConsistencyGuid' && !user.msDsConsistencyGuid) {
    state.onPremisesUsers.put(frozen({ ...user, msDsConsistencyGuid: anchor }));
  }
}

function deleteCloudUser(draft: Draft<Tenant>, state: CycleState, onPremisesId: string, cloudId: string): void {
  removeEntity(draft.sync.connectorSpace, onPremisesId);
  state.relinked.add(onPremisesId);
  state.clearedErrorsOf.add(onPremisesId);
  const found = getById(draft.directory.users, cloudId);
  if (!found) return;
  const cloud = frozen({ ...(isDraft(found) ? (current(found) as User) : found), deletedDateTime: state.context.now, managerId: null });
  removeEntity(draft.directory.users, cloudId);
  putEntity(draft.directory.deletedUsers as Collection<User>, cloud);
  schedulePurge(draft, cloudId, state.context.now, state.context);
  state.deletes += 1;
  state.changedUsers.push(cloudId);
  recordSync(state, 'Delete user', userTarget(cloud as User));
}

function exportGroup(draft: Draft<Tenant>, state: CycleState, group: OnPremisesGroup): void {
  const link = getById(state.base.sync.connectorSpace, group.id);
  const memberIds = group.memberIds.flatMap((id) => {
    const linked = state.links.get(id);
    return linked ? [linked.cloudId] : [];
  });
  const fields = {
    displayName: group.name,
    description: group.description,
    mailNickname: group.sAMAccountName,
    mail: group.mail,
    mailEnabled: group.groupCategory === 'Distribution' || group.mail !== null,
    securityEnabled: group.groupCategory === 'Security',
    memberIds,
    onPremisesSamAccountName: group.sAMAccountName,
  };
  const cloud = link ? getById(draft.directory.groups, link.cloudId) : undefined;
  if (cloud) {
    const modified: ModifiedProperty[] = [];
    const target = cloud as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      if (sameValue(target[key], value)) continue;
      modified.push({ displayName: key, oldValue: JSON.stringify(target[key] ?? null), newValue: JSON.stringify(value) });
      target[key] = value;
    }
    if (modified.length === 0) return;
    cloud.onPremisesLastSyncDateTime = state.context.now;
    state.updates += 1;
    state.changedGroups.push(cloud.id);
    state.context.record({
      ...activityFields(DIRECTORY_ACTIVITIES['Update group']),
      loggedByService: 'Core Directory',
      targetResources: [{ id: cloud.id, displayName: cloud.displayName, type: 'Group', modifiedProperties: modified }],
      initiatedBy: state.initiatedBy,
    });
    return;
  }
  const created: Group = {
    id: state.context.newId(),
    ...fields,
    groupTypes: [],
    membershipRule: null,
    membershipRuleProcessingState: null,
    isAssignableToRole: false,
    visibility: null,
    allowExternalSenders: false,
    autoSubscribeNewMembers: false,
    createdDateTime: state.context.now,
    deletedDateTime: null,
    assignedLicenses: [],
    ownerIds: [],
    onPremisesSyncEnabled: true,
    onPremisesLastSyncDateTime: state.context.now,
  };
  putEntity(draft.directory.groups, created);
  putEntity(draft.sync.connectorSpace, { id: group.id, objectClass: 'group', cloudId: created.id, sourceAnchor: immutableIdOf(group.id) });
  state.adds += 1;
  state.changedGroups.push(created.id);
  state.context.record({
    ...activityFields(DIRECTORY_ACTIVITIES['Add group']),
    loggedByService: 'Core Directory',
    targetResources: [{ id: created.id, displayName: created.displayName, type: 'Group', modifiedProperties: [] }],
    initiatedBy: state.initiatedBy,
  });
}

/** Synced security groups are hard-deleted: only Microsoft 365 groups go to Deleted groups. */
function deleteCloudGroup(draft: Draft<Tenant>, state: CycleState, onPremisesId: string, cloudId: string): void {
  removeEntity(draft.sync.connectorSpace, onPremisesId);
  const cloud = getById(draft.directory.groups, cloudId);
  if (!cloud) return;
  removeEntity(draft.directory.groups, cloudId);
  state.context.dropReferences(draft, cloudId);
  state.deletes += 1;
  state.changedGroups.push(cloudId);
  state.context.record({
    ...activityFields(DIRECTORY_ACTIVITIES['Delete group']),
    loggedByService: 'Core Directory',
    targetResources: [{ id: cloudId, displayName: cloud.displayName, type: 'Group', modifiedProperties: [] }],
    initiatedBy: state.initiatedBy,
  });
}

/** What a cycle's import and synchronization found to export, before the deletion threshold is applied. */
interface Plan {
  readonly users: OnPremisesUser[];
  readonly groups: OnPremisesGroup[];
  readonly userDeletes: { onPremisesId: string; cloudId: string }[];
  readonly groupDeletes: { onPremisesId: string; cloudId: string }[];
}

function plan(state: CycleState, policy: PolicyType): Plan {
  const { base } = state;
  const onPremises = base.onPremises;
  const watermark = policy === 'Initial' ? -1 : base.sync.watermark;
  const result: Plan = { users: [], groups: [], userDeletes: [], groupDeletes: [] };
  const seen = new Set<string>();
  const consider = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const link = getById(base.sync.connectorSpace, id);
    const user = getById(onPremises.users, id);
    const group = user ? undefined : getById(onPremises.groups, id);
    if (userInScope(state, user)) result.users.push(user);
    else if (groupInScope(state, group)) result.groups.push(group);
    else if (link) (link.objectClass === 'user' ? result.userDeletes : result.groupDeletes).push({ onPremisesId: id, cloudId: link.cloudId });
  };
  for (const user of entities(onPremises.users)) if (user.usnChanged > watermark) consider(user.id);
  for (const group of entities(onPremises.groups)) if (group.usnChanged > watermark) consider(group.id);
  if (policy === 'Initial') for (const link of entities(base.sync.connectorSpace)) consider(link.id);
  else for (const gone of entities(onPremises.tombstones)) if (gone.usnChanged > watermark) consider(gone.id);
  // Objects with open export errors are tried again every cycle, so fixing the other holder of a value resolves them.
  for (const error of entities(base.sync.errors)) consider(error.onPremisesObjectId);
  return result;
}

/** The state as it stands in the draft, slice by slice: unmodified slices cost nothing. */
function snapshot(draft: Draft<Tenant>): Tenant {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(draft)) {
    const value = (draft as Record<string, unknown>)[key];
    result[key] = isDraft(value) ? current(value) : value;
  }
  return result as unknown as Tenant;
}

export interface CycleResult {
  readonly run: SyncRun;
  readonly pendingDeletes: number;
}

/**
 * One sync cycle, as Start-ADSyncSyncCycle runs it: import from AD (everything for Initial, what
 * changed since the watermark for Delta), synchronize through the scoping and join rules, then
 * export to Entra ID unless staging mode or the accidental-delete threshold stops the export.
 */
export function runSyncCycle(draft: Draft<Tenant>, policy: PolicyType, context: ApplyContext): CycleResult | undefined {
  const base = snapshot(draft);
  const configuration = base.sync.configuration;
  if (!configuration || !base.onPremises.forest) return undefined;
  const projection = projectionContext(base);
  const state: CycleState = {
    base,
    configuration,
    projection,
    context,
    initiatedBy: syncAccountInitiator(projection.initialDomain),
    scope: configuration.includedContainerIds === null ? null : containersUnder(base.onPremises, configuration.includedContainerIds),
    claimed: new Map(),
    immutableIds: null,
    changedUsers: [],
    changedGroups: [],
    relinked: new Set(),
    errors: [],
    clearedErrorsOf: new Set(),
    leaving: new Set(),
    adds: 0,
    updates: 0,
    deletes: 0,
    cloudUsers: new BulkWriter(draft.directory.users, base.directory.users),
    onPremisesUsers: new BulkWriter(draft.onPremises.users, base.onPremises.users),
    links: new BulkWriter(draft.sync.connectorSpace, base.sync.connectorSpace),
  };
  const found = plan(state, policy);
  const pendingDeletes = found.userDeletes.length + found.groupDeletes.length;
  const prevention = base.sync.deletionPrevention;
  let status: SyncRunStatus;
  if (configuration.stagingMode) status = 'staging-no-export';
  else if (prevention.enabled && pendingDeletes > prevention.threshold) status = 'stopped-deletion-threshold-exceeded';
  else {
    for (const gone of found.userDeletes) state.leaving.add(gone.cloudId);
    for (const user of found.users) exportUser(state, user);
    state.cloudUsers.flush();
    state.onPremisesUsers.flush();
    state.links.flush();
    for (const gone of found.userDeletes) deleteCloudUser(draft, state, gone.onPremisesId, gone.cloudId);
    // Groups whose members were linked or unlinked this cycle export again, so their membership follows.
    const groups = new Map(found.groups.map((group) => [group.id, group]));
    if (state.relinked.size > 0) {
      for (const group of entities(base.onPremises.groups)) {
        if (!groups.has(group.id) && groupInScope(state, group) && group.memberIds.some((id) => state.relinked.has(id))) groups.set(group.id, group);
      }
    }
    for (const group of groups.values()) exportGroup(draft, state, group);
    for (const gone of found.groupDeletes) deleteCloudGroup(draft, state, gone.onPremisesId, gone.cloudId);
    for (const error of toArray(base.sync.errors)) if (state.clearedErrorsOf.has(error.onPremisesObjectId)) removeEntity(draft.sync.errors, error.id);
    for (const error of state.errors) putEntity(draft.sync.errors, error);
    status = draft.sync.errors.size > 0 ? 'completed-export-errors' : 'success';
    draft.sync.watermark = base.onPremises.highestUsn;
    draft.sync.lastSyncDateTime = context.now;
    if (state.changedUsers.length > 0 || state.changedGroups.length > 0) context.reconcile(draft, { users: state.changedUsers, groups: state.changedGroups });
  }
  const run: SyncRun = {
    id: context.newId(),
    policyType: policy,
    startDateTime: context.now,
    status,
    adds: state.adds,
    updates: state.updates,
    deletes: state.deletes,
    exportErrors: status === 'stopped-deletion-threshold-exceeded' || status === 'staging-no-export' ? 0 : draft.sync.errors.size,
  };
  draft.sync.runs = [...draft.sync.runs, run].slice(-MAX_RUN_HISTORY);
  return { run, pendingDeletes };
}
