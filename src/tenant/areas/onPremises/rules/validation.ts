import { entities } from '../../../collection';
import { tenantError, type TenantError } from '../../../errors';
import type { Tenant } from '../../../model';
import type { OnPremisesSlice } from '../model/slice';

/** Windows Server's default domain policy: 7 characters, three of the four character kinds. */
export function passwordPolicyError(name: string, password: unknown): TenantError | undefined {
  const text = typeof password === 'string' ? password : '';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((kind) => kind.test(text)).length;
  if (text.length >= 7 && kinds >= 3) return undefined;
  return tenantError(
    'DirectoryConstraintViolation',
    `Windows cannot set the password for ${name} because: The password does not meet the password policy requirements. Check the minimum password length, password complexity and password history requirements.`,
    'password',
  );
}

export function noForestError(onPremises: OnPremisesSlice): TenantError | undefined {
  return onPremises.forest ? undefined : tenantError('DirectoryConstraintViolation', 'The server is not a domain controller: set up the forest first.', 'forest');
}

/** The suffixes a UPN may end in: the domain's own name and the alternative suffixes. */
export function upnSuffixes(onPremises: OnPremisesSlice): readonly string[] {
  return onPremises.forest ? [onPremises.forest.id, ...onPremises.forest.upnSuffixes] : [];
}

export function upnError(tenant: Tenant, userPrincipalName: unknown, exceptId?: string): TenantError | undefined {
  const upn = typeof userPrincipalName === 'string' ? userPrincipalName.trim() : '';
  const at = upn.lastIndexOf('@');
  if (at <= 0 || /[\s"(),:;<>[\\\]]/.test(upn.slice(0, at))) {
    return tenantError('DirectoryConstraintViolation', `The user logon name ${upn || '(empty)'} is not valid. Type a name and choose a UPN suffix.`, 'userPrincipalName');
  }
  const suffix = upn.slice(at + 1).toLowerCase();
  if (!upnSuffixes(tenant.onPremises).some((known) => known.toLowerCase() === suffix)) {
    return tenantError(
      'DirectoryConstraintViolation',
      `@${suffix} is not a UPN suffix of this forest. Add it in Active Directory Domains and Trusts (Properties of the forest, UPN Suffixes), then try again.`,
      'userPrincipalName',
    );
  }
  const wanted = upn.toLowerCase();
  for (const user of entities(tenant.onPremises.users)) {
    if (user.id !== exceptId && user.userPrincipalName.toLowerCase() === wanted) {
      return tenantError('DirectoryObjectExists', 'The user logon name you have chosen is already in use in this enterprise. Choose another logon name, and then try again.', 'userPrincipalName');
    }
  }
  return undefined;
}

/** sAMAccountName is unique in the domain across users, groups and computers; 20 characters at most. */
export function samAccountNameError(tenant: Tenant, sAMAccountName: unknown, exceptId?: string): TenantError | undefined {
  const sam = typeof sAMAccountName === 'string' ? sAMAccountName.trim() : '';
  if (sam === '' || sam.length > 20 || /["/\\[\]:;|=,+*?<>@]/.test(sam)) {
    return tenantError(
      'DirectoryConstraintViolation',
      `The pre-Windows 2000 logon name '${sam}' is not valid: use 1 to 20 characters, none of " / \\ [ ] : ; | = , + * ? < > @.`,
      'sAMAccountName',
    );
  }
  const wanted = sam.toLowerCase();
  const taken = (objects: Iterable<{ readonly id: string; readonly sAMAccountName?: string; readonly name: string }>) => {
    for (const object of objects) if (object.id !== exceptId && (object.sAMAccountName ?? `${object.name}$`).toLowerCase() === wanted) return true;
    return false;
  };
  if (taken(entities(tenant.onPremises.users)) || taken(entities(tenant.onPremises.groups)) || taken(entities(tenant.onPremises.computers))) {
    return tenantError('DirectoryObjectExists', 'The pre-Windows 2000 logon name you have chosen is already in use in this domain. Choose another logon name, and then try again.', 'sAMAccountName');
  }
  return undefined;
}

/** Names (cn/ou) are unique within one container. */
export function nameInUseError(tenant: Tenant, name: unknown, parentId: string | null, exceptId?: string): TenantError | undefined {
  const text = typeof name === 'string' ? name.trim() : '';
  if (text === '' || text.length > 64 || /[,+"\\<>;=#]/.test(text)) {
    return tenantError('DirectoryConstraintViolation', `'${text}' is not a valid name: use 1 to 64 characters, none of , + " \\ < > ; = #.`, 'name');
  }
  const wanted = text.toLowerCase();
  const onPremises = tenant.onPremises;
  for (const collection of [onPremises.containers, onPremises.users, onPremises.groups, onPremises.computers] as const) {
    for (const object of entities<{ readonly id: string; readonly name: string; readonly parentId: string | null }>(collection)) {
      if (object.id !== exceptId && object.parentId === parentId && object.name.toLowerCase() === wanted) {
        return tenantError(
          'DirectoryObjectExists',
          `Windows cannot create the object ${text} because: An attempt was made to add an object to the directory with a name that is already in use.`,
          'name',
        );
      }
    }
  }
  return undefined;
}
