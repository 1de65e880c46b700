import type { Draft } from 'immer';
import { putEntity } from '../../../collection';
import type { Tenant } from '../../../model';
import type { Container, OnPremisesGroup, OnPremisesUser } from '../model/objects';
import { nextUsn } from './usn';

/** What a new user needs; the rest takes AD's defaults. */
export interface NewOnPremisesUser {
  readonly parentId: string;
  readonly sAMAccountName: string;
  readonly userPrincipalName: string;
  readonly givenName?: string | null;
  readonly sn?: string | null;
  readonly displayName?: string;
  readonly name?: string;
  readonly password: string;
  readonly enabled?: boolean;
  readonly mail?: string | null;
  readonly proxyAddresses?: readonly string[];
  readonly department?: string | null;
  readonly title?: string | null;
  readonly company?: string | null;
  readonly physicalDeliveryOfficeName?: string | null;
  readonly l?: string | null;
  readonly telephoneNumber?: string | null;
}

/** ADUC's "Full name": first and last name, or the logon name when neither is given. */
export function fullNameOf(input: Pick<NewOnPremisesUser, 'givenName' | 'sn' | 'sAMAccountName' | 'displayName' | 'name'>): string {
  const joined = [input.givenName, input.sn].filter((part) => part && part.trim()).join(' ').trim();
  return (input.name ?? input.displayName ?? joined) || input.sAMAccountName;
}

export function putUser(draft: Draft<Tenant>, id: string, input: NewOnPremisesUser, now: string, isCriticalSystemObject = false): OnPremisesUser {
  const name = fullNameOf(input).trim();
  const user: OnPremisesUser = {
    id,
    parentId: input.parentId,
    name,
    sAMAccountName: input.sAMAccountName.trim(),
    userPrincipalName: input.userPrincipalName.trim(),
    givenName: input.givenName?.trim() || null,
    sn: input.sn?.trim() || null,
    displayName: input.displayName?.trim() || name,
    mail: input.mail?.trim() || null,
    proxyAddresses: [...(input.proxyAddresses ?? [])],
    department: input.department?.trim() || null,
    title: input.title?.trim() || null,
    company: input.company?.trim() || null,
    physicalDeliveryOfficeName: input.physicalDeliveryOfficeName?.trim() || null,
    l: input.l?.trim() || null,
    telephoneNumber: input.telephoneNumber?.trim() || null,
    enabled: input.enabled ?? true,
    msDsConsistencyGuid: null,
    password: input.password,
    pwdLastSet: now,
    isCriticalSystemObject,
    usnChanged: nextUsn(draft),
  };
  putEntity(draft.onPremises.users, user);
  return user;
}

export function putContainer(
  draft: Draft<Tenant>,
  id: string,
  name: string,
  parentId: string | null,
  objectClass: Container['objectClass'] = 'organizationalUnit',
  protectedFromAccidentalDeletion = objectClass === 'organizationalUnit',
): Container {
  const container: Container = { id, name: name.trim(), objectClass, parentId, protectedFromAccidentalDeletion, usnChanged: nextUsn(draft) };
  putEntity(draft.onPremises.containers, container);
  return container;
}

export interface NewOnPremisesGroup {
  readonly parentId: string;
  readonly name: string;
  readonly sAMAccountName?: string;
  readonly description?: string | null;
  readonly groupScope?: OnPremisesGroup['groupScope'];
  readonly groupCategory?: OnPremisesGroup['groupCategory'];
  readonly mail?: string | null;
  readonly memberIds?: readonly string[];
}

export function putGroup(draft: Draft<Tenant>, id: string, input: NewOnPremisesGroup, isCriticalSystemObject = false): OnPremisesGroup {
  const group: OnPremisesGroup = {
    id,
    parentId: input.parentId,
    name: input.name.trim(),
    sAMAccountName: (input.sAMAccountName ?? input.name).trim(),
    description: input.description?.trim() || null,
    groupScope: input.groupScope ?? 'Global',
    groupCategory: input.groupCategory ?? 'Security',
    mail: input.mail?.trim() || null,
    memberIds: [...(input.memberIds ?? [])],
    isCriticalSystemObject,
    usnChanged: nextUsn(draft),
  };
  putEntity(draft.onPremises.groups, group);
  return group;
}

const BUILTIN_LOCAL_GROUPS = ['Administrators', 'Users', 'Guests', 'Account Operators', 'Backup Operators', 'Server Operators', 'Remote Desktop Users'];
const BUILTIN_GLOBAL_GROUPS: readonly [string, OnPremisesGroup['groupScope']][] = [
  ['Domain Admins', 'Global'],
  ['Domain Users', 'Global'],
  ['Domain Computers', 'Global'],
  ['Domain Guests', 'Global'],
  ['Enterprise Admins', 'Universal'],
  ['Schema Admins', 'Universal'],
];

/**
 * A new domain as dcpromo leaves it: the Builtin, Users and Computers containers, the Domain
 * Controllers OU with the domain controller, the built-in accounts and the built-in groups.
 */
export function buildForest(draft: Draft<Tenant>, domainName: string, netBiosName: string, newId: () => string, now: string, adminPassword: string): void {
  draft.onPremises.forest = { id: domainName, netBiosName, upnSuffixes: [] };
  const builtin = putContainer(draft, newId(), 'Builtin', null, 'builtinDomain', false);
  const users = putContainer(draft, newId(), 'Users', null, 'container', false);
  const computers = putContainer(draft, newId(), 'Computers', null, 'container', false);
  const controllers = putContainer(draft, newId(), 'Domain Controllers', null, 'organizationalUnit', true);
  const administrator = putUser(draft, newId(), { parentId: users.id, sAMAccountName: 'Administrator', userPrincipalName: `Administrator@${domainName}`, name: 'Administrator', password: adminPassword }, now, true);
  putUser(draft, newId(), { parentId: users.id, sAMAccountName: 'Guest', userPrincipalName: `Guest@${domainName}`, name: 'Guest', password: adminPassword, enabled: false }, now, true);
  putUser(draft, newId(), { parentId: users.id, sAMAccountName: 'krbtgt', userPrincipalName: `krbtgt@${domainName}`, name: 'krbtgt', password: adminPassword, enabled: false }, now, true);
  for (const name of BUILTIN_LOCAL_GROUPS) {
    putGroup(draft, newId(), { parentId: builtin.id, name, groupScope: 'DomainLocal', memberIds: name === 'Administrators' ? [administrator.id] : [] }, true);
  }
  for (const [name, groupScope] of BUILTIN_GLOBAL_GROUPS) {
    const admins = name === 'Domain Admins' || name === 'Enterprise Admins' || name === 'Schema Admins';
    putGroup(draft, newId(), { parentId: users.id, name, groupScope, memberIds: admins ? [administrator.id] : [] }, true);
  }
  putEntity(draft.onPremises.computers, { id: newId(), parentId: controllers.id, name: 'DC01', dnsHostName: `DC01.${domainName}`, operatingSystem: 'Windows Server 2022 Datacenter', enabled: true, usnChanged: nextUsn(draft) });
  putEntity(draft.onPremises.computers, { id: newId(), parentId: computers.id, name: 'AADCONNECT01', dnsHostName: `AADCONNECT01.${domainName}`, operatingSystem: 'Windows Server 2022 Standard', enabled: true, usnChanged: nextUsn(draft) });
}
