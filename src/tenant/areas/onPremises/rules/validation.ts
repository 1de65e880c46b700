import { entities } from '../../../collection';
import type { TenantError } from '../../../errors';
import { ON_PREMISES_ERRORS } from '../errors';
import type { Tenant } from '../../../model';
import type { OnPremisesSlice } from '../model/slice';

/** Windows Server's default domain policy: 7 characters, three of the four character kinds. */
export function passwordPolicyError(name: string, password: unknown): TenantError | undefined {
  const text = typeof password === 'string' ? password : '';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((kind) => kind.test(text)).length;
  if (text.length >= 7 && kinds >= 3) return undefined;
  return ON_PREMISES_ERRORS.passwordPolicy(name);
}

export function noForestError(onPremises: OnPremisesSlice): TenantError | undefined {
  return onPremises.forest ? undefined : ON_PREMISES_ERRORS.noForest();
}

/** The suffixes a UPN may end in: the domain's own name and the alternative suffixes. */
export function upnSuffixes(onPremises: OnPremisesSlice): readonly string[] {
  return onPremises.forest ? [onPremises.forest.id, ...onPremises.forest.upnSuffixes] : [];
}

export function upnError(tenant: Tenant, userPrincipalName: unknown, exceptId?: string): TenantError | undefined {
  const upn = typeof userPrincipalName === 'string' ? userPrincipalName.trim() : '';
  const at = upn.lastIndexOf('@');
  if (at <= 0 || /[\s"(),:;<>[\\\]]/.test(upn.slice(0, at))) {
    return ON_PREMISES_ERRORS.invalidUpn(upn || '(empty)');
  }
  const suffix = upn.slice(at + 1).toLowerCase();
  if (!upnSuffixes(tenant.onPremises).some((known) => known.toLowerCase() === suffix)) {
    return ON_PREMISES_ERRORS.unknownUpnSuffix(suffix);
  }
  const wanted = upn.toLowerCase();
  for (const user of entities(tenant.onPremises.users)) {
    if (user.id !== exceptId && user.userPrincipalName.toLowerCase() === wanted) {
      return ON_PREMISES_ERRORS.upnInUse();
    }
  }
  return undefined;
}

/** sAMAccountName is unique in the domain across users, groups and computers; 20 characters at most. */
export function samAccountNameError(tenant: Tenant, sAMAccountName: unknown, exceptId?: string): TenantError | undefined {
  const sam = typeof sAMAccountName === 'string' ? sAMAccountName.trim() : '';
  if (sam === '' || sam.length > 20 || /["/\\[\]:;|=,+*?<>@]/.test(sam)) {
    return ON_PREMISES_ERRORS.invalidSamAccountName(sam);
  }
  const wanted = sam.toLowerCase();
  const taken = (objects: Iterable<{ readonly id: string; readonly sAMAccountName?: string; readonly name: string }>) => {
    for (const object of objects) if (object.id !== exceptId && (object.sAMAccountName ?? `${object.name}$`).toLowerCase() === wanted) return true;
    return false;
  };
  if (taken(entities(tenant.onPremises.users)) || taken(entities(tenant.onPremises.groups)) || taken(entities(tenant.onPremises.computers))) {
    return ON_PREMISES_ERRORS.samAccountNameInUse();
  }
  return undefined;
}

/** Names (cn/ou) are unique within one container. */
export function nameInUseError(tenant: Tenant, name: unknown, parentId: string | null, exceptId?: string): TenantError | undefined {
  const text = typeof name === 'string' ? name.trim() : '';
  if (text === '' || text.length > 64 || /[,+"\\<>;=#]/.test(text)) {
    return ON_PREMISES_ERRORS.invalidName(text);
  }
  const wanted = text.toLowerCase();
  const onPremises = tenant.onPremises;
  for (const collection of [onPremises.containers, onPremises.users, onPremises.groups, onPremises.computers] as const) {
    for (const object of entities<{ readonly id: string; readonly name: string; readonly parentId: string | null }>(collection)) {
      if (object.id !== exceptId && object.parentId === parentId && object.name.toLowerCase() === wanted) {
        return ON_PREMISES_ERRORS.nameInUse(text);
      }
    }
  }
  return undefined;
}
