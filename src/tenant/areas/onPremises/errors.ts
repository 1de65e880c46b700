import { tenantError } from '../../errors';

/** Active Directory's refusal to touch a guarded object; the sheet names the action. */
const protectedFrom = (action: 'delete' | 'move', name: string) =>
  `You do not have sufficient privileges to ${action} ${name}, or this object is protected from accidental deletion.`;

/**
 * The on-premises area's refusals: what the domain controller and its consoles (Active Directory
 * Users and Computers, Domains and Trusts, dcpromo) answer, in their wording. The lab's own seed
 * checks are here too, since they refuse the same commands.
 */
export const ON_PREMISES_ERRORS = {
  // Forest and UPN suffixes.
  noForest: () => tenantError('DirectoryConstraintViolation', 'The server is not a domain controller: set up the forest first.', 'forest'),
  forestExists: (forest: string) => tenantError('DirectoryObjectExists', `The forest ${forest} already exists.`, 'domainName'),
  invalidDomainName: (name: string, target: string) => tenantError('DirectoryConstraintViolation', `'${name}' is not a valid DNS domain name.`, target),
  invalidNetBiosName: () => tenantError('DirectoryConstraintViolation', 'The NetBIOS domain name must be 1 to 15 letters, digits or hyphens.', 'netBiosName'),
  upnSuffixExists: (suffix: string) => tenantError('DirectoryObjectExists', `The UPN suffix ${suffix} is already in the list.`, 'suffix'),
  notAnUpnSuffix: (suffix: string) => tenantError('DirectoryConstraintViolation', `${suffix} is not an alternative UPN suffix of this forest.`, 'suffix'),

  // The lab's seed.
  seedOuMissing: (path: string, target: string) => tenantError('DirectoryConstraintViolation', `No OU ${path} exists at this point of the seed.`, target),
  seedMemberUnknown: (group: string, sam: string) =>
    tenantError('DirectoryConstraintViolation', `The group ${group} names ${sam}, who is not among the seed's users.`, 'groups'),
  /** `reason` is what the seed's build threw. */
  seedMalformed: (reason: string) => tenantError('InvalidValue', `The seed is malformed: ${reason}`),

  // Names, logon names and passwords.
  passwordPolicy: (name: string) =>
    tenantError(
      'DirectoryConstraintViolation',
      `Windows cannot set the password for ${name} because: The password does not meet the password policy requirements. Check the minimum password length, password complexity and password history requirements.`,
      'password',
    ),
  /** `upn` is the trimmed logon name, '(empty)' when none was typed. */
  invalidUpn: (upn: string) =>
    tenantError('DirectoryConstraintViolation', `The user logon name ${upn} is not valid. Type a name and choose a UPN suffix.`, 'userPrincipalName'),
  unknownUpnSuffix: (suffix: string) =>
    tenantError(
      'DirectoryConstraintViolation',
      `@${suffix} is not a UPN suffix of this forest. Add it in Active Directory Domains and Trusts (Properties of the forest, UPN Suffixes), then try again.`,
      'userPrincipalName',
    ),
  upnInUse: () =>
    tenantError('DirectoryObjectExists', 'The user logon name you have chosen is already in use in this enterprise. Choose another logon name, and then try again.', 'userPrincipalName'),
  invalidSamAccountName: (sam: string) =>
    tenantError(
      'DirectoryConstraintViolation',
      `The pre-Windows 2000 logon name '${sam}' is not valid: use 1 to 20 characters, none of " / \\ [ ] : ; | = , + * ? < > @.`,
      'sAMAccountName',
    ),
  samAccountNameInUse: () =>
    tenantError('DirectoryObjectExists', 'The pre-Windows 2000 logon name you have chosen is already in use in this domain. Choose another logon name, and then try again.', 'sAMAccountName'),
  invalidName: (name: string) => tenantError('DirectoryConstraintViolation', `'${name}' is not a valid name: use 1 to 64 characters, none of , + " \\ < > ; = #.`, 'name'),
  nameInUse: (name: string) =>
    tenantError('DirectoryObjectExists', `Windows cannot create the object ${name} because: An attempt was made to add an object to the directory with a name that is already in use.`, 'name'),
  invalidComputerName: () => tenantError('DirectoryConstraintViolation', 'A computer name is 1 to 15 letters, digits or hyphens.', 'name'),

  // Users.
  usersInBuiltin: () => tenantError('DirectoryConstraintViolation', 'Users cannot be created in the Builtin container.', 'parentId'),
  invalidProxyAddress: () =>
    tenantError('DirectoryConstraintViolation', 'Each proxyAddresses value is a prefix and an address, such as SMTP:megan@contoso.com.', 'changes.proxyAddresses'),
  twoPrimaryProxyAddresses: () =>
    tenantError('DirectoryConstraintViolation', 'Only one proxy address may be the primary SMTP address (SMTP: in capitals).', 'changes.proxyAddresses'),
  alreadyEnabled: (name: string, enabled: boolean) => tenantError('DirectoryConstraintViolation', `${name} is already ${enabled ? 'enabled' : 'disabled'}.`, 'enabled'),

  // Group members.
  memberNotFound: (id: string) => tenantError('ResourceNotFound', `No user, group or computer has the id ${id}.`, 'memberId'),
  alreadyMember: () => tenantError('DirectoryObjectExists', 'The specified account name is already a member of the group.', 'memberId'),
  memberOfItself: () => tenantError('DirectoryConstraintViolation', 'A group cannot be a member of itself.', 'memberId'),
  notAMember: (member: string, group: string) => tenantError('DirectoryConstraintViolation', `${member} is not a member of ${group}.`, 'memberId'),

  // Moving and deleting.
  objectNotFound: (id: string) => tenantError('ResourceNotFound', `No object has the id ${id}.`, 'objectId'),
  moveIntoBuiltin: () => tenantError('DirectoryConstraintViolation', 'Objects cannot be moved into the Builtin container.', 'targetContainerId'),
  builtInContainer: (name: string, change: 'moved' | 'deleted') => tenantError('DirectoryConstraintViolation', `${name} is a built-in container and cannot be ${change}.`, 'objectId'),
  protectedFromDeletion: (name: string) => tenantError('DirectoryConstraintViolation', protectedFrom('delete', name), 'objectId'),
  protectedFromMove: (name: string) => tenantError('DirectoryConstraintViolation', protectedFrom('move', name), 'objectId'),
  ouIntoItself: () => tenantError('DirectoryConstraintViolation', 'An OU cannot be moved into itself or one of its children.', 'targetContainerId'),
  alreadyIn: (name: string, container: string) => tenantError('DirectoryConstraintViolation', `${name} is already in ${container}.`, 'targetContainerId'),
  criticalSystemObject: (name: string) => tenantError('DirectoryConstraintViolation', `${name} is a critical system object and cannot be deleted.`, 'objectId'),
} as const;
