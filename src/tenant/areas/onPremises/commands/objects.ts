import { defineCommand } from '../../../command';
import { getById, putEntity, removeEntity, toArray, type Collection } from '../../../collection';
import { TENANT_ERRORS } from '../../../errors';
import type { Tenant } from '../../../model';
import type { Draft } from 'immer';
import type { OnPremisesObjectClass } from '../model/objects';
import { putContainer, putGroup, putUser, type NewOnPremisesGroup, type NewOnPremisesUser } from '../rules/build';
import { existingContainer, existingGroup, existingUser, isError, onPremisesObject } from '../rules/objects';
import { isWithin } from '../rules/tree';
import { nextUsn } from '../rules/usn';
import { ON_PREMISES_ERRORS } from '../errors';
import { nameInUseError, noForestError, passwordPolicyError, samAccountNameError, upnError } from '../rules/validation';

export interface CreateOrganizationalUnit {
  readonly type: 'onPremises.createOrganizationalUnit';
  readonly name: string;
  /** null at the domain root. */
  readonly parentId: string | null;
  readonly protectedFromAccidentalDeletion?: boolean;
}

export interface SetContainerProtection {
  readonly type: 'onPremises.setProtection';
  readonly containerId: string;
  readonly protectedFromAccidentalDeletion: boolean;
}

export interface CreateOnPremisesUser extends NewOnPremisesUser {
  readonly type: 'onPremises.createUser';
}

/** The attributes the user's Properties sheet (and its Attribute Editor) let an admin change. */
export type OnPremisesUserChanges = Partial<
  Pick<
    NewOnPremisesUser,
    'givenName' | 'sn' | 'displayName' | 'mail' | 'proxyAddresses' | 'department' | 'title' | 'company' | 'physicalDeliveryOfficeName' | 'l' | 'telephoneNumber' | 'userPrincipalName' | 'sAMAccountName'
  >
>;

export interface UpdateOnPremisesUser {
  readonly type: 'onPremises.updateUser';
  readonly userId: string;
  readonly changes: OnPremisesUserChanges;
}

export interface ResetOnPremisesPassword {
  readonly type: 'onPremises.resetPassword';
  readonly userId: string;
  readonly password: string;
}

export interface SetOnPremisesUserEnabled {
  readonly type: 'onPremises.setUserEnabled';
  readonly userId: string;
  readonly enabled: boolean;
}

export interface CreateOnPremisesGroup extends NewOnPremisesGroup {
  readonly type: 'onPremises.createGroup';
}

export interface ChangeOnPremisesGroupMember {
  readonly type: 'onPremises.addGroupMember' | 'onPremises.removeGroupMember';
  readonly groupId: string;
  readonly memberId: string;
}

export interface CreateComputer {
  readonly type: 'onPremises.createComputer';
  readonly parentId: string;
  readonly name: string;
}

export interface MoveOnPremisesObject {
  readonly type: 'onPremises.moveObject';
  readonly objectId: string;
  readonly targetContainerId: string;
}

/** Deletes a user, group or computer, or an OU with everything in it ("Delete subtree"). */
export interface DeleteOnPremisesObject {
  readonly type: 'onPremises.deleteObject';
  readonly objectId: string;
}

const USER_TEXT_FIELDS = ['givenName', 'sn', 'displayName', 'mail', 'department', 'title', 'company', 'physicalDeliveryOfficeName', 'l', 'telephoneNumber'] as const;

function nameOfObject(tenant: Tenant, id: string): string {
  return onPremisesObject(tenant, id)?.object.name ?? id;
}

function tombstone(draft: Draft<Tenant>, id: string, objectClass: OnPremisesObjectClass, name: string): void {
  putEntity(draft.onPremises.tombstones, { id, objectClass, name, usnChanged: nextUsn(draft) });
}

/** Removes a deleted object from every group that listed it, as AD's link cleanup does. */
function dropMemberships(draft: Draft<Tenant>, ids: ReadonlySet<string>): void {
  for (const group of toArray(draft.onPremises.groups)) {
    if (group.memberIds.some((member) => ids.has(member))) {
      group.memberIds = group.memberIds.filter((member) => !ids.has(member));
      group.usnChanged = nextUsn(draft);
    }
  }
}

export const objectCommands = {
  'onPremises.createOrganizationalUnit': defineCommand<CreateOrganizationalUnit>({
    describe: (command) => `Organizational unit ${command.name} created`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const noForest = noForestError(tenant.onPremises);
      if (noForest) return noForest;
      if (command.parentId !== null) {
        const parent = existingContainer(tenant, command.parentId);
        if (isError(parent)) return parent;
      }
      return nameInUseError(tenant, command.name, command.parentId);
    },
    apply(draft, command, context) {
      putContainer(draft, context.newId(), command.name, command.parentId, 'organizationalUnit', command.protectedFromAccidentalDeletion ?? true);
    },
  }),

  'onPremises.setProtection': defineCommand<SetContainerProtection>({
    describe: (command) => `Protection from accidental deletion ${command.protectedFromAccidentalDeletion ? 'turned on' : 'turned off'}`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const container = existingContainer(tenant, command.containerId, 'containerId');
      return isError(container) ? container : undefined;
    },
    apply(draft, command) {
      const container = getById(draft.onPremises.containers, command.containerId)!;
      container.protectedFromAccidentalDeletion = command.protectedFromAccidentalDeletion === true;
      container.usnChanged = nextUsn(draft);
    },
  }),

  'onPremises.createUser': defineCommand<CreateOnPremisesUser>({
    describe: (command) => `On-premises user ${command.userPrincipalName} created`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const noForest = noForestError(tenant.onPremises);
      if (noForest) return noForest;
      const parent = existingContainer(tenant, command.parentId);
      if (isError(parent)) return parent;
      if (parent.objectClass === 'builtinDomain') return ON_PREMISES_ERRORS.usersInBuiltin();
      return (
        nameInUseError(tenant, (command.name ?? [command.givenName, command.sn].filter(Boolean).join(' ')) || command.sAMAccountName, command.parentId) ??
        samAccountNameError(tenant, command.sAMAccountName) ??
        upnError(tenant, command.userPrincipalName) ??
        passwordPolicyError(command.sAMAccountName, command.password)
      );
    },
    apply(draft, command, context) {
      putUser(draft, context.newId(), command, context.now);
    },
  }),

  'onPremises.updateUser': defineCommand<UpdateOnPremisesUser>({
    describe: (command) => `On-premises user updated: ${Object.keys(command.changes ?? {}).join(', ')}`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const user = existingUser(tenant, command.userId);
      if (isError(user)) return user;
      if (typeof command.changes !== 'object' || command.changes === null) return TENANT_ERRORS.noChanges();
      const changes = command.changes;
      if (changes.userPrincipalName !== undefined) {
        const error = upnError(tenant, changes.userPrincipalName, user.id);
        if (error) return error;
      }
      if (changes.sAMAccountName !== undefined) {
        const error = samAccountNameError(tenant, changes.sAMAccountName, user.id);
        if (error) return error;
      }
      if (changes.proxyAddresses !== undefined) {
        if (!Array.isArray(changes.proxyAddresses) || changes.proxyAddresses.some((proxy) => typeof proxy !== 'string' || !/^[A-Za-z0-9]+:.+$/.test(proxy))) {
          return ON_PREMISES_ERRORS.invalidProxyAddress();
        }
        if (changes.proxyAddresses.filter((proxy) => proxy.startsWith('SMTP:')).length > 1) {
          return ON_PREMISES_ERRORS.twoPrimaryProxyAddresses();
        }
      }
      return undefined;
    },
    apply(draft, command) {
      const user = getById(draft.onPremises.users, command.userId)!;
      const changes = command.changes;
      for (const field of USER_TEXT_FIELDS) {
        const value = changes[field];
        if (value === undefined) continue;
        if (field === 'displayName') user.displayName = value?.trim() || user.name;
        else user[field] = value?.trim() || null;
      }
      if (changes.proxyAddresses !== undefined) user.proxyAddresses = [...changes.proxyAddresses];
      if (changes.userPrincipalName !== undefined) user.userPrincipalName = changes.userPrincipalName.trim();
      if (changes.sAMAccountName !== undefined) user.sAMAccountName = changes.sAMAccountName.trim();
      user.usnChanged = nextUsn(draft);
    },
  }),

  'onPremises.resetPassword': defineCommand<ResetOnPremisesPassword>({
    describe: () => 'On-premises password reset',
    permission: null,
    activity: null,
    validate(tenant, command) {
      const user = existingUser(tenant, command.userId);
      if (isError(user)) return user;
      return passwordPolicyError(user.name, command.password);
    },
    apply(draft, command, context) {
      const user = getById(draft.onPremises.users, command.userId)!;
      user.password = command.password;
      user.pwdLastSet = context.now;
      user.usnChanged = nextUsn(draft);
    },
  }),

  'onPremises.setUserEnabled': defineCommand<SetOnPremisesUserEnabled>({
    describe: (command) => `On-premises account ${command.enabled ? 'enabled' : 'disabled'}`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const user = existingUser(tenant, command.userId);
      if (isError(user)) return user;
      if (user.enabled === command.enabled) {
        return ON_PREMISES_ERRORS.alreadyEnabled(user.name, user.enabled);
      }
      return undefined;
    },
    apply(draft, command) {
      const user = getById(draft.onPremises.users, command.userId)!;
      user.enabled = command.enabled;
      user.usnChanged = nextUsn(draft);
    },
  }),

  'onPremises.createGroup': defineCommand<CreateOnPremisesGroup>({
    describe: (command) => `On-premises group ${command.name} created`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const noForest = noForestError(tenant.onPremises);
      if (noForest) return noForest;
      const parent = existingContainer(tenant, command.parentId);
      if (isError(parent)) return parent;
      return nameInUseError(tenant, command.name, command.parentId) ?? samAccountNameError(tenant, command.sAMAccountName ?? command.name);
    },
    apply(draft, command, context) {
      putGroup(draft, context.newId(), { ...command, memberIds: [] });
    },
  }),

  'onPremises.addGroupMember': defineCommand<ChangeOnPremisesGroupMember>({
    describe: () => 'Member added to an on-premises group',
    permission: null,
    activity: null,
    validate(tenant, command) {
      const group = existingGroup(tenant, command.groupId);
      if (isError(group)) return group;
      const member = onPremisesObject(tenant, command.memberId);
      if (!member || member.objectClass === 'organizationalUnit') return ON_PREMISES_ERRORS.memberNotFound(command.memberId);
      if (group.memberIds.includes(command.memberId)) {
        return ON_PREMISES_ERRORS.alreadyMember();
      }
      if (command.memberId === group.id) return ON_PREMISES_ERRORS.memberOfItself();
      return undefined;
    },
    apply(draft, command) {
      const group = getById(draft.onPremises.groups, command.groupId)!;
      group.memberIds = [...group.memberIds, command.memberId];
      group.usnChanged = nextUsn(draft);
    },
  }),

  'onPremises.removeGroupMember': defineCommand<ChangeOnPremisesGroupMember>({
    describe: () => 'Member removed from an on-premises group',
    permission: null,
    activity: null,
    validate(tenant, command) {
      const group = existingGroup(tenant, command.groupId);
      if (isError(group)) return group;
      if (!group.memberIds.includes(command.memberId)) {
        return ON_PREMISES_ERRORS.notAMember(nameOfObject(tenant, command.memberId), group.name);
      }
      return undefined;
    },
    apply(draft, command) {
      const group = getById(draft.onPremises.groups, command.groupId)!;
      group.memberIds = group.memberIds.filter((id) => id !== command.memberId);
      group.usnChanged = nextUsn(draft);
    },
  }),

  'onPremises.createComputer': defineCommand<CreateComputer>({
    describe: (command) => `Computer ${command.name} created`,
    permission: null,
    activity: null,
    validate(tenant, command) {
      const noForest = noForestError(tenant.onPremises);
      if (noForest) return noForest;
      const parent = existingContainer(tenant, command.parentId);
      if (isError(parent)) return parent;
      if (typeof command.name !== 'string' || !/^[A-Za-z0-9-]{1,15}$/.test(command.name.trim())) {
        return ON_PREMISES_ERRORS.invalidComputerName();
      }
      return nameInUseError(tenant, command.name, command.parentId) ?? samAccountNameError(tenant, `${command.name.trim()}$`);
    },
    apply(draft, command, context) {
      const name = command.name.trim().toUpperCase();
      putEntity(draft.onPremises.computers, {
        id: context.newId(),
        parentId: command.parentId,
        name,
        dnsHostName: `${name}.${draft.onPremises.forest!.id}`,
        operatingSystem: 'Windows 11 Enterprise',
        enabled: true,
        usnChanged: nextUsn(draft),
      });
    },
  }),

  'onPremises.moveObject': defineCommand<MoveOnPremisesObject>({
    describe: () => 'On-premises object moved',
    permission: null,
    activity: null,
    validate(tenant, command) {
      const found = onPremisesObject(tenant, command.objectId);
      if (!found) return ON_PREMISES_ERRORS.objectNotFound(command.objectId);
      const target = existingContainer(tenant, command.targetContainerId, 'targetContainerId');
      if (isError(target)) return target;
      if (target.objectClass === 'builtinDomain') return ON_PREMISES_ERRORS.moveIntoBuiltin();
      if (found.objectClass === 'organizationalUnit') {
        if (found.object.objectClass !== 'organizationalUnit') return ON_PREMISES_ERRORS.builtInContainer(found.object.name, 'moved');
        if (found.object.protectedFromAccidentalDeletion) {
          return ON_PREMISES_ERRORS.protectedFromMove(found.object.name);
        }
        if (isWithin(tenant.onPremises, target.id, found.object.id)) return ON_PREMISES_ERRORS.ouIntoItself();
      }
      if (found.object.parentId === target.id) return ON_PREMISES_ERRORS.alreadyIn(found.object.name, target.name);
      return nameInUseError(tenant, found.object.name, target.id, found.object.id);
    },
    apply(draft, command) {
      const onPremises = draft.onPremises;
      const object =
        getById(onPremises.users, command.objectId) ??
        getById(onPremises.groups, command.objectId) ??
        getById(onPremises.computers, command.objectId) ??
        getById(onPremises.containers, command.objectId)!;
      object.parentId = command.targetContainerId;
      object.usnChanged = nextUsn(draft);
      // Moving an OU changes the distinguished name of everything under it: AD stamps them all.
      if (getById(onPremises.containers, command.objectId)) touchSubtree(draft, command.objectId);
    },
  }),

  'onPremises.deleteObject': defineCommand<DeleteOnPremisesObject>({
    describe: () => 'On-premises object deleted',
    permission: null,
    activity: null,
    validate(tenant, command) {
      const found = onPremisesObject(tenant, command.objectId);
      if (!found) return ON_PREMISES_ERRORS.objectNotFound(command.objectId);
      if ((found.objectClass === 'user' || found.objectClass === 'group') && found.object.isCriticalSystemObject) {
        return ON_PREMISES_ERRORS.criticalSystemObject(found.object.name);
      }
      if (found.objectClass === 'organizationalUnit') {
        if (found.object.objectClass !== 'organizationalUnit') return ON_PREMISES_ERRORS.builtInContainer(found.object.name, 'deleted');
        const within = subtreeContainers(tenant, found.object.id);
        const guarded = toArray(tenant.onPremises.containers).find((container) => within.has(container.id) && container.protectedFromAccidentalDeletion);
        if (guarded) return ON_PREMISES_ERRORS.protectedFromDeletion(guarded.name);
      }
      return undefined;
    },
    apply(draft, command) {
      const onPremises = draft.onPremises;
      const removed = new Set<string>();
      const drop = (id: string, objectClass: OnPremisesObjectClass, name: string) => {
        removed.add(id);
        tombstone(draft, id, objectClass, name);
      };
      const container = getById(onPremises.containers, command.objectId);
      const within = container ? subtreeContainers(draft as Tenant, container.id) : new Set<string>();
      const collections: [Collection<{ id: string; name: string; parentId: string }>, OnPremisesObjectClass][] = [
        [onPremises.users, 'user'],
        [onPremises.groups, 'group'],
        [onPremises.computers, 'computer'],
      ];
      for (const [collection, objectClass] of collections) {
        for (const object of toArray(collection)) {
          if (object.id === command.objectId || within.has(object.parentId)) {
            removeEntity(collection, object.id);
            drop(object.id, objectClass, object.name);
          }
        }
      }
      for (const id of within) {
        const gone = getById(onPremises.containers, id)!;
        removeEntity(onPremises.containers, id);
        drop(id, 'organizationalUnit', gone.name);
      }
      dropMemberships(draft, removed);
    },
  }),
};

function subtreeContainers(tenant: Tenant, rootId: string): Set<string> {
  const within = new Set<string>();
  for (const container of toArray(tenant.onPremises.containers)) if (isWithin(tenant.onPremises, container.id, rootId)) within.add(container.id);
  return within;
}

function touchSubtree(draft: Draft<Tenant>, rootId: string): void {
  const within = subtreeContainers(draft as Tenant, rootId);
  const onPremises = draft.onPremises;
  for (const collection of [onPremises.users, onPremises.groups, onPremises.computers, onPremises.containers] as const) {
    for (const object of toArray<{ id: string; parentId: string | null; usnChanged: number }>(collection)) {
      if (object.id !== rootId && object.parentId !== null && within.has(object.parentId)) object.usnChanged = nextUsn(draft);
    }
  }
}

