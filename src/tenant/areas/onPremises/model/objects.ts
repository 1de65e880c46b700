/**
 * The on-premises Active Directory forest the learner administers on the simulated server: one
 * domain, its containers and organizational units, users, groups and computers. Attribute names
 * are LDAP's (sAMAccountName, userPrincipalName, mS-DS-ConsistencyGuid as msDsConsistencyGuid).
 * Every object carries `usnChanged`, the update sequence number AD stamps on each write: the
 * sync engine's delta import reads the objects whose number is above its watermark.
 */
export interface Forest {
  /** The forest root domain's DNS name, e.g. `contoso.local`; also the implicit UPN suffix. */
  readonly id: string;
  /** The pre-Windows 2000 domain name, e.g. `CONTOSO`. */
  readonly netBiosName: string;
  /** Alternative UPN suffixes added in Active Directory Domains and Trusts. */
  readonly upnSuffixes: readonly string[];
}

/** Where objects live: an OU, or one of the domain's built-in containers (Users, Computers, Builtin). */
export interface Container {
  /** objectGUID. */
  readonly id: string;
  readonly name: string;
  readonly objectClass: 'organizationalUnit' | 'container' | 'builtinDomain';
  /** The parent container's id; null at the domain root. */
  readonly parentId: string | null;
  /** "Protect object from accidental deletion", on by default for OUs made in ADUC. */
  readonly protectedFromAccidentalDeletion: boolean;
  readonly usnChanged: number;
}

/** An AD user account with the attributes Entra Connect flows by default. */
export interface OnPremisesUser {
  /** objectGUID. */
  readonly id: string;
  readonly parentId: string;
  /** cn: the name ADUC lists. */
  readonly name: string;
  readonly sAMAccountName: string;
  readonly userPrincipalName: string;
  readonly givenName: string | null;
  readonly sn: string | null;
  readonly displayName: string;
  readonly mail: string | null;
  readonly proxyAddresses: readonly string[];
  readonly department: string | null;
  readonly title: string | null;
  readonly company: string | null;
  readonly physicalDeliveryOfficeName: string | null;
  readonly l: string | null;
  readonly telephoneNumber: string | null;
  /** The inverse of userAccountControl's ACCOUNTDISABLE flag. */
  readonly enabled: boolean;
  /** The source anchor Entra Connect writes back on first export (base64 of the objectGUID). */
  readonly msDsConsistencyGuid: string | null;
  /** The sandbox keeps the password so password hash sync has something to carry. */
  readonly password: string;
  readonly pwdLastSet: string;
  /** Accounts AD creates for itself (Administrator, Guest, krbtgt); the sync rules never take them. */
  readonly isCriticalSystemObject: boolean;
  readonly usnChanged: number;
}

export interface OnPremisesGroup {
  readonly id: string;
  readonly parentId: string;
  readonly name: string;
  readonly sAMAccountName: string;
  readonly description: string | null;
  readonly groupScope: 'DomainLocal' | 'Global' | 'Universal';
  readonly groupCategory: 'Security' | 'Distribution';
  readonly mail: string | null;
  /** Users and groups, by objectGUID. */
  readonly memberIds: readonly string[];
  /** Built-in groups (Domain Admins, Administrators…): never synchronized. */
  readonly isCriticalSystemObject: boolean;
  readonly usnChanged: number;
}

export interface OnPremisesComputer {
  readonly id: string;
  readonly parentId: string;
  readonly name: string;
  readonly dnsHostName: string;
  readonly operatingSystem: string;
  readonly enabled: boolean;
  readonly usnChanged: number;
}

export type OnPremisesObjectClass = 'user' | 'group' | 'computer' | 'organizationalUnit';

/** What AD keeps of a deleted object (a tombstone), so a delta import learns of the deletion. */
export interface Tombstone {
  readonly id: string;
  readonly objectClass: OnPremisesObjectClass;
  readonly name: string;
  readonly usnChanged: number;
}
