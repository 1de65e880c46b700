import type { AssignedLicense, CreateUserInput, UserProfileChanges } from '../../../../../../tenant';

/** What the learner has typed and chosen in the Add a user wizard, across its steps. */

export type AddUserStep = 'basics' | 'licenses' | 'optional' | 'review';

/** The left rail's labels and each step's heading, as the admin center words them. */
export const ADD_USER_STEPS: readonly { readonly id: AddUserStep; readonly label: string; readonly heading: string }[] = [
  { id: 'basics', label: 'Basics', heading: 'Set up the basics' },
  { id: 'licenses', label: 'Product licenses', heading: 'Assign product licenses' },
  { id: 'optional', label: 'Optional settings', heading: 'Optional settings' },
  { id: 'review', label: 'Finish', heading: 'Review and finish' },
];

/** "Profile info", in the wizard's order, and the user property each field sets. */
export const PROFILE_FIELDS = [
  { key: 'jobTitle', label: 'Job title' },
  { key: 'department', label: 'Department' },
  { key: 'officeLocation', label: 'Office' },
  { key: 'businessPhones', label: 'Office phone' },
  { key: 'faxNumber', label: 'Fax number' },
  { key: 'mobilePhone', label: 'Mobile phone' },
  { key: 'streetAddress', label: 'Street address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State or province' },
  { key: 'postalCode', label: 'Zip or postal code' },
  { key: 'country', label: 'Country or region' },
] as const;

export type ProfileField = (typeof PROFILE_FIELDS)[number]['key'];

export interface AddUserForm {
  readonly givenName: string;
  readonly surname: string;
  readonly displayName: string;
  /** Once the learner types a display name, first and last name stop filling it. */
  readonly displayNameEdited: boolean;
  readonly alias: string;
  readonly domain: string;
  readonly autoPassword: boolean;
  readonly password: string;
  readonly forceChangePassword: boolean;
  readonly usageLocation: string;
  readonly assignLicenses: boolean;
  readonly skuIds: readonly string[];
  /** Per product, the apps (service plans) turned off under "Apps". */
  readonly disabledPlans: Readonly<Record<string, readonly string[]>>;
  readonly adminAccess: boolean;
  readonly roleIds: readonly string[];
  readonly profile: Readonly<Record<ProfileField, string>>;
}

const EMPTY_PROFILE = Object.fromEntries(PROFILE_FIELDS.map((field) => [field.key, ''])) as Record<ProfileField, string>;

export function initialForm(domain: string, usageLocation: string): AddUserForm {
  return {
    givenName: '',
    surname: '',
    displayName: '',
    displayNameEdited: false,
    alias: '',
    domain,
    autoPassword: true,
    password: '',
    forceChangePassword: true,
    usageLocation,
    assignLicenses: true,
    skuIds: [],
    disabledPlans: {},
    adminAccess: false,
    roleIds: [],
    profile: EMPTY_PROFILE,
  };
}

/** The admin center fills the display name from the first and last name until it is typed over. */
export function withNames(form: AddUserForm, changes: { givenName?: string; surname?: string }): AddUserForm {
  const next = { ...form, ...changes };
  if (form.displayNameEdited) return next;
  return { ...next, displayName: [next.givenName.trim(), next.surname.trim()].filter(Boolean).join(' ') };
}

export function userPrincipalNameOf(form: AddUserForm): string {
  return `${form.alias.trim()}@${form.domain}`;
}

function profileChanges(form: AddUserForm): UserProfileChanges {
  const changes: Record<string, string | readonly string[]> = {};
  const givenName = form.givenName.trim();
  const surname = form.surname.trim();
  if (givenName) changes.givenName = givenName;
  if (surname) changes.surname = surname;
  for (const { key } of PROFILE_FIELDS) {
    const value = form.profile[key].trim();
    if (!value) continue;
    changes[key] = key === 'businessPhones' ? [value] : value;
  }
  return changes as UserProfileChanges;
}

/** The user.create payload the wizard's answers make (without its type). */
export function createUserInput(form: AddUserForm): CreateUserInput {
  const profile = profileChanges(form);
  return {
    userPrincipalName: userPrincipalNameOf(form),
    displayName: form.displayName.trim(),
    ...(form.autoPassword ? {} : { password: form.password }),
    forceChangePasswordNextSignIn: form.forceChangePassword,
    ...(form.usageLocation ? { usageLocation: form.usageLocation } : {}),
    ...(Object.keys(profile).length > 0 ? { profile } : {}),
  };
}

/** The licenses to add, each with the apps left off. */
export function licensesToAssign(form: AddUserForm): AssignedLicense[] {
  if (!form.assignLicenses) return [];
  return form.skuIds.map((skuId) => ({ skuId, disabledPlans: [...(form.disabledPlans[skuId] ?? [])] }));
}

export function rolesToAssign(form: AddUserForm): readonly string[] {
  return form.adminAccess ? form.roleIds : [];
}
