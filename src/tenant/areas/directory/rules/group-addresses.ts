import { createBucketIndex } from '../../../bucket-index';
import { getById } from '../../../collection';
import { TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Group, OrgContact, Tenant } from '../../../model';
import { addressOwner } from './proxy-addresses';
import { mailNicknameTaken } from './upn';

/**
 * Exchange keeps every recipient's alias and SMTP addresses unique across users, groups and
 * contacts, ignoring case. A mail-enabled group (Microsoft 365 group, distribution list,
 * mail-enabled security group) takes part; a plain security group's mailNickname is only a
 * directory label and may repeat. A soft-deleted Microsoft 365 group keeps its alias and address
 * until it is purged, so no new group takes them from under a restore.
 */

const groupNicknames = (group: Group) => (group.mailEnabled ? [group.mailNickname.toLowerCase()] : []);
const groupsByNickname = createBucketIndex<Group>(groupNicknames);
const deletedGroupsByNickname = createBucketIndex<Group>(groupNicknames);
const deletedGroupsByAddress = createBucketIndex<Group>((group) => (group.mail ? [group.mail.toLowerCase()] : []));
const contactsByNickname = createBucketIndex<OrgContact>((contact) => [contact.mailNickname.toLowerCase()]);

function nicknameTaken(tenant: Tenant, mailNickname: string, exceptGroupId: string | undefined): boolean {
  const key = mailNickname.toLowerCase();
  if (mailNicknameTaken(tenant, mailNickname) || contactsByNickname.find(tenant.directory.contacts, key).length > 0) return true;
  const groups = [...groupsByNickname.find(tenant.directory.groups, key), ...deletedGroupsByNickname.find(tenant.directory.deletedGroups, key)];
  return groups.some((group) => group.id !== exceptGroupId);
}

function addressTaken(tenant: Tenant, mail: string, exceptGroupId: string | undefined): boolean {
  if (addressOwner(tenant, mail, exceptGroupId)) return true;
  return deletedGroupsByAddress.find(tenant.directory.deletedGroups, mail.toLowerCase()).some((group) => group.id !== exceptGroupId);
}

/**
 * The error a mail-enabled group's alias or email address meets because another recipient holds
 * it. `exceptGroupId` is the group itself, when it is being edited or restored. Query committed
 * states only.
 */
export function groupAddressConflict(
  tenant: Tenant,
  wanted: { readonly mailNickname?: string; readonly mail?: string | null },
  exceptGroupId?: string,
): TenantError | undefined {
  if (wanted.mailNickname !== undefined && nicknameTaken(tenant, wanted.mailNickname, exceptGroupId)) {
    return DIRECTORY_ERRORS.propertyConflict('mailNickname');
  }
  if (wanted.mail && addressTaken(tenant, wanted.mail, exceptGroupId)) return DIRECTORY_ERRORS.propertyConflict('proxyAddresses');
  return undefined;
}

const EMAIL = /^[^@\s]+@([A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+)$/;

/** A group's email address must be well formed and on one of the tenant's verified domains. */
export function groupMailError(tenant: Tenant, mail: string): TenantError | undefined {
  const match = EMAIL.exec(mail);
  if (!match) return TENANT_ERRORS.invalidProperty('mail', 'Group');
  if (getById(tenant.domains.domains, match[1]!.toLowerCase())?.isVerified) return undefined;
  return DIRECTORY_ERRORS.unverifiedGroupMailDomain();
}
