import type { CommandOf, OrgContact, TenantError } from '../../../../../tenant';

type CreateContact = CommandOf<'contact.create'>;
type ContactChanges = CommandOf<'contact.update'>['changes'];

/** The fields of the Add a contact and Edit contact information panes, in their order. */
export const CONTACT_FIELDS = [
  { key: 'displayName', label: 'Display name', required: true, maxLength: 256 },
  { key: 'mail', label: 'Email', required: true, maxLength: 256 },
  { key: 'givenName', label: 'First name', required: false, maxLength: 64 },
  { key: 'surname', label: 'Last name', required: false, maxLength: 64 },
  { key: 'companyName', label: 'Company', required: false, maxLength: 64 },
  { key: 'jobTitle', label: 'Job title', required: false, maxLength: 128 },
  { key: 'department', label: 'Department', required: false, maxLength: 64 },
] as const;

export type ContactField = (typeof CONTACT_FIELDS)[number]['key'];

export type ContactValues = Readonly<Record<ContactField, string>>;

export const EMPTY_CONTACT: ContactValues = { displayName: '', mail: '', givenName: '', surname: '', companyName: '', jobTitle: '', department: '' };

export function valuesOf(contact: OrgContact): ContactValues {
  return {
    displayName: contact.displayName,
    mail: contact.mail,
    givenName: contact.givenName ?? '',
    surname: contact.surname ?? '',
    companyName: contact.companyName ?? '',
    jobTitle: contact.jobTitle ?? '',
    department: contact.department ?? '',
  };
}

const OPTIONAL = ['givenName', 'surname', 'companyName', 'jobTitle', 'department'] as const;

export function createCommand(values: ContactValues): CreateContact {
  const command: { -readonly [K in keyof CreateContact]: CreateContact[K] } = { type: 'contact.create', displayName: values.displayName.trim(), mail: values.mail.trim() };
  for (const key of OPTIONAL) if (values[key].trim()) command[key] = values[key].trim();
  return command;
}

/** Only what the admin changed; a cleared optional box clears the property. */
export function changesBetween(before: ContactValues, after: ContactValues): ContactChanges {
  const changes: Record<string, string | null> = {};
  if (after.displayName.trim() !== before.displayName) changes.displayName = after.displayName.trim();
  if (after.mail.trim() !== before.mail) changes.mail = after.mail.trim();
  for (const key of OPTIONAL) {
    const value = after[key].trim();
    if (value !== before[key]) changes[key] = value || null;
  }
  return changes as ContactChanges;
}

/** The field a contact command's error is about; null when it belongs above the form. */
export function fieldOfError(error: TenantError): ContactField | null {
  switch (error.target) {
    case 'displayName':
    case 'givenName':
    case 'surname':
    case 'companyName':
    case 'jobTitle':
    case 'department':
      return error.target;
    case 'mail':
    case 'proxyAddresses':
    case 'mailNickname':
      return 'mail';
    default:
      return null;
  }
}
