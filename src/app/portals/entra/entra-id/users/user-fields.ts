import type { EditableProfileProperty, User } from '../../../../../tenant';
import { formatDateTime } from '../../../../../views/portal-dates';

/*
 * A user's properties as the Entra admin center groups them (Identity, Job information, Contact
 * information, Parental controls, Settings, On-premises), shared by New user's Properties tab, the
 * Overview's Properties tab and Edit properties. A field with `key` can be edited; the rest are
 * shown read-only, as the portal shows them.
 */

/** The text properties Edit properties and New user edit, with Business phone and Other emails as one value each. */
export type EditableField = Exclude<EditableProfileProperty, 'preferredLanguage'> | 'businessPhone' | 'otherMail';

export interface UserField {
  readonly label: string;
  readonly key?: EditableField;
  /** The value shown for a read-only field. */
  readonly read?: (user: User) => string;
}

export interface UserFieldSection {
  readonly id: string;
  readonly title: string;
  readonly fields: readonly UserField[];
}

const yesNo = (value: boolean | null | undefined) => (value ? 'Yes' : 'No');

export const USER_SECTIONS: readonly UserFieldSection[] = [
  {
    id: 'identity',
    title: 'Identity',
    fields: [
      { label: 'Display name', key: 'displayName' },
      { label: 'First name', key: 'givenName' },
      { label: 'Last name', key: 'surname' },
      { label: 'User principal name', read: (user) => user.userPrincipalName },
      { label: 'Object ID', read: (user) => user.id },
      { label: 'User type', read: (user) => user.userType },
      { label: 'Creation type', read: (user) => user.creationType ?? '' },
      { label: 'Created date time', read: (user) => formatDateTime(user.createdDateTime) },
      { label: 'Last password change date time', read: (user) => formatDateTime(user.lastPasswordChangeDateTime) },
      { label: 'External user state', read: (user) => user.externalUserState ?? '' },
    ],
  },
  {
    id: 'job',
    title: 'Job information',
    fields: [
      { label: 'Job title', key: 'jobTitle' },
      { label: 'Company name', key: 'companyName' },
      { label: 'Department', key: 'department' },
      { label: 'Employee ID', key: 'employeeId' },
      { label: 'Office location', key: 'officeLocation' },
    ],
  },
  {
    id: 'contact',
    title: 'Contact information',
    fields: [
      { label: 'Street address', key: 'streetAddress' },
      { label: 'City', key: 'city' },
      { label: 'State or province', key: 'state' },
      { label: 'ZIP or postal code', key: 'postalCode' },
      { label: 'Country or region', key: 'country' },
      { label: 'Business phone', key: 'businessPhone' },
      { label: 'Mobile phone', key: 'mobilePhone' },
      { label: 'Email', read: (user) => user.mail ?? '' },
      { label: 'Other emails', key: 'otherMail' },
      { label: 'Fax number', key: 'faxNumber' },
      { label: 'Mail nickname', read: (user) => user.mailNickname },
    ],
  },
  {
    id: 'parental',
    title: 'Parental controls',
    fields: [
      { label: 'Age group', read: () => '' },
      { label: 'Consent provided for minor', read: () => '' },
      { label: 'Legal age group classification', read: () => '' },
    ],
  },
  {
    id: 'settings',
    title: 'Settings',
    fields: [
      { label: 'Account enabled', read: (user) => yesNo(user.accountEnabled) },
      { label: 'Usage location', key: 'usageLocation' },
      { label: 'Preferred language', read: (user) => user.preferredLanguage ?? '' },
    ],
  },
  {
    id: 'onPremises',
    title: 'On-premises',
    fields: [{ label: 'On-premises sync enabled', read: (user) => yesNo(user.onPremisesSyncEnabled) }],
  },
];

/** The value a field shows or starts from in a form. */
export function fieldValue(user: User, field: UserField): string {
  if (field.read) return field.read(user);
  if (field.key === 'businessPhone') return user.businessPhones[0] ?? '';
  if (field.key === 'otherMail') return user.otherMails[0] ?? '';
  return field.key ? (user[field.key] ?? '') : '';
}

/** The editable fields, in the order the sections list them. */
export const EDITABLE_FIELDS: readonly (UserField & { readonly key: EditableField })[] = USER_SECTIONS.flatMap((section) =>
  section.fields.filter((field): field is UserField & { readonly key: EditableField } => field.key !== undefined),
);

export type FieldValues = Partial<Record<EditableField, string>>;

/** The values as user.update's changes: empty text clears a property; the list properties hold one value. */
export function profileChanges(values: FieldValues): Record<string, string | null | readonly string[]> {
  const changes: Record<string, string | null | readonly string[]> = {};
  for (const [key, raw] of Object.entries(values) as [EditableField, string][]) {
    const value = raw.trim();
    if (key === 'businessPhone') changes.businessPhones = value ? [value] : [];
    else if (key === 'otherMail') changes.otherMails = value ? [value] : [];
    else changes[key] = value === '' ? null : value;
  }
  return changes;
}

/** The form field a core error is about, from the error's target (a property name). */
export function fieldOfTarget(target: string | undefined): EditableField | undefined {
  if (target === 'businessPhones') return 'businessPhone';
  if (target === 'otherMails') return 'otherMail';
  return EDITABLE_FIELDS.find((field) => field.key === target)?.key;
}
