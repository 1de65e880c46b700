import { original } from 'immer';
import { createBucketIndex } from '../../../bucket-index';
import { getById, putEntity, removeEntity } from '../../../collection';
import { defineCommand } from '../../../command';
import { notFound, TENANT_ERRORS, type TenantError } from '../../../errors';
import { DIRECTORY_ERRORS } from '../errors';
import type { Group, ModifiedProperty, OrgContact, TargetResource, Tenant } from '../../../model';
import { groupAddressConflict } from '../rules/group-addresses';
import { addressOwner } from '../rules/proxy-addresses';
import { isEmailAddress, mailNicknameError } from '../rules/user-input';
import { DIRECTORY_ACTIVITIES } from '../activities';

/** The optional text properties of a mail contact. */
const CONTACT_PROPERTIES = ['givenName', 'surname', 'companyName', 'jobTitle', 'department'] as const;

type ContactProperty = (typeof CONTACT_PROPERTIES)[number];

/** Graph's maximum lengths, as for the same properties on users. */
const MAX_LENGTH: Record<ContactProperty | 'displayName', number> = {
  displayName: 256,
  givenName: 64,
  surname: 64,
  companyName: 64,
  jobTitle: 128,
  department: 64,
};

export type ContactChanges = { readonly [K in ContactProperty]?: string | null } & {
  readonly displayName?: string;
  readonly mail?: string;
};

/** "Add a contact" (Users > Contacts): someone outside the organisation, for the address book and distribution lists. */
export interface CreateContact {
  readonly type: 'contact.create';
  readonly displayName: string;
  readonly mail: string;
  /** Omitted: made from the part of the address before the @. */
  readonly mailNickname?: string;
  readonly givenName?: string;
  readonly surname?: string;
  readonly companyName?: string;
  readonly jobTitle?: string;
  readonly department?: string;
}

export interface UpdateContact {
  readonly type: 'contact.update';
  readonly contactId: string;
  readonly changes: ContactChanges;
}

export interface DeleteContact {
  readonly type: 'contact.delete';
  readonly contactId: string;
}

function contactTarget(contact: OrgContact, modifiedProperties: readonly ModifiedProperty[] = []): TargetResource {
  return { id: contact.id, displayName: contact.displayName, type: 'Contact', modifiedProperties };
}

function changesError(changes: ContactChanges): TenantError | undefined {
  for (const [property, value] of Object.entries(changes) as [string, unknown][]) {
    if (value === undefined) continue;
    if (property === 'displayName') {
      if (typeof value !== 'string' || !value.trim()) return TENANT_ERRORS.displayNameRequired();
      if (value.length > MAX_LENGTH.displayName) return TENANT_ERRORS.invalidProperty('displayName', 'Contact');
    } else if (property === 'mail') {
      if (typeof value !== 'string' || !isEmailAddress(value)) return TENANT_ERRORS.invalidProperty('mail', 'Contact');
    } else if ((CONTACT_PROPERTIES as readonly string[]).includes(property)) {
      if (value !== null && (typeof value !== 'string' || value.length > MAX_LENGTH[property as ContactProperty])) {
        return TENANT_ERRORS.invalidProperty(property, 'Contact');
      }
    } else {
      return DIRECTORY_ERRORS.notUpdatable(property);
    }
  }
  return undefined;
}

/**
 * An alias from an address, as Exchange makes one: the part before the @ without the characters
 * an alias can't hold, with a number added when another recipient already has it.
 */
function nicknameFrom(tenant: Tenant, mail: string): string {
  const base =
    mail
      .slice(0, mail.indexOf('@'))
      .replace(/[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]/g, '')
      .replace(/^\.+|\.+$/g, '')
      .slice(0, 60) || 'contact';
  let alias = base;
  for (let n = 2; groupAddressConflict(tenant, { mailNickname: alias }); n++) alias = `${base}${n}`;
  return alias;
}

const groupsByMember = createBucketIndex<Group>((group) => group.memberIds);

export const contactCommands = {
  'contact.create': defineCommand<CreateContact>({
    permission: 'microsoft.directory/contacts/create',
    activity: DIRECTORY_ACTIVITIES['Add contact'],
    validate(tenant, command) {
      if (command.displayName === undefined) return TENANT_ERRORS.displayNameRequired();
      if (command.mail === undefined) return DIRECTORY_ERRORS.emailRequired();
      const { type: _type, mailNickname, ...properties } = command;
      const error =
        changesError(properties) ??
        (mailNickname === undefined ? undefined : (mailNicknameError(mailNickname, 'Contact') ?? groupAddressConflict(tenant, { mailNickname })));
      if (error) return error;
      return addressOwner(tenant, command.mail) ? DIRECTORY_ERRORS.propertyConflict('proxyAddresses') : undefined;
    },
    apply(draft, command, context) {
      const contact: OrgContact = {
        id: context.newId(),
        displayName: command.displayName.trim(),
        givenName: command.givenName ?? null,
        surname: command.surname ?? null,
        mail: command.mail,
        mailNickname: command.mailNickname ?? nicknameFrom(original(draft)!, command.mail),
        proxyAddresses: [`SMTP:${command.mail}`],
        companyName: command.companyName ?? null,
        jobTitle: command.jobTitle ?? null,
        department: command.department ?? null,
      };
      putEntity(draft.directory.contacts, contact);
      return [contactTarget(contact)];
    },
  }),

  'contact.update': defineCommand<UpdateContact>({
    permission: 'microsoft.directory/contacts/basic/update',
    activity: DIRECTORY_ACTIVITIES['Update contact'],
    validate(tenant, command) {
      const contact = getById(tenant.directory.contacts, command.contactId);
      if (!contact) return notFound('contact', command.contactId);
      if (typeof command.changes !== 'object' || command.changes === null) return TENANT_ERRORS.noChanges();
      const error = changesError(command.changes);
      if (error) return error;
      return command.changes.mail !== undefined && addressOwner(tenant, command.changes.mail, contact.id) ? DIRECTORY_ERRORS.propertyConflict('proxyAddresses') : undefined;
    },
    apply(draft, command) {
      const contact = getById(draft.directory.contacts, command.contactId)!;
      const modified: ModifiedProperty[] = [];
      for (const [property, value] of Object.entries(command.changes) as [keyof ContactChanges, string | null | undefined][]) {
        if (value === undefined || contact[property] === value) continue;
        modified.push({ displayName: property, oldValue: contact[property], newValue: value });
        if (property === 'mail') {
          // The external address is the contact's one primary address; the old one goes with it.
          const oldKey = contact.mail.toLowerCase();
          contact.proxyAddresses = [
            `SMTP:${value}`,
            ...contact.proxyAddresses.filter((proxy) => !/^smtp:/i.test(proxy) || ![oldKey, value!.toLowerCase()].includes(proxy.slice(5).toLowerCase())),
          ];
          contact.mail = value!;
        } else if (property === 'displayName') contact.displayName = value!.trim();
        else contact[property] = value;
      }
      return [contactTarget(contact, modified)];
    },
  }),

  'contact.delete': defineCommand<DeleteContact>({
    permission: 'microsoft.directory/contacts/delete',
    // Contacts are not soft-deleted: they leave the directory at once and cannot be restored.
    activity: DIRECTORY_ACTIVITIES['Delete contact'],
    validate(tenant, command) {
      return getById(tenant.directory.contacts, command.contactId) ? undefined : notFound('contact', command.contactId);
    },
    apply(draft, command, context) {
      const contact = getById(draft.directory.contacts, command.contactId)!;
      removeEntity(draft.directory.contacts, contact.id);
      // A deleted contact leaves the distribution lists it was in.
      const groups = groupsByMember.find(original(draft)!.directory.groups, contact.id);
      for (const group of groups) {
        const target = getById(draft.directory.groups, group.id)!;
        target.memberIds = target.memberIds.filter((memberId) => memberId !== contact.id);
      }
      context.reconcile(draft, { groups: groups.map((group) => group.id) });
      return [contactTarget(contact)];
    },
  }),
};
