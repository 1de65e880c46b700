/**
 * The portals' labels for the properties checks read, so feedback speaks the learner's language
 * ("Usage location", not usageLocation). Where the admin center and Entra differ, the admin
 * center's wording, which the learner meets first; a property with no portal label is named by
 * its Graph name.
 */
const USER_LABELS: Readonly<Record<string, string>> = {
  displayName: 'Display name',
  givenName: 'First name',
  surname: 'Last name',
  userPrincipalName: 'Username',
  mail: 'Email',
  mailNickname: 'Mail nickname',
  jobTitle: 'Job title',
  department: 'Department',
  companyName: 'Company name',
  officeLocation: 'Office',
  streetAddress: 'Street address',
  city: 'City',
  state: 'State or province',
  postalCode: 'ZIP or postal code',
  country: 'Country or region',
  mobilePhone: 'Mobile phone',
  faxNumber: 'Fax number',
  businessPhones: 'Office phone',
  employeeId: 'Employee ID',
  usageLocation: 'Usage location',
  accountEnabled: 'Account enabled',
  userType: 'User type',
  externalUserState: 'Invitation state',
  lastPasswordChangeDateTime: 'Last password change',
  signInSessionsValidFromDateTime: 'Sessions valid from (signed out before this)',
  'passwordProfile.forceChangePasswordNextSignIn': 'Require this user to change their password when they first sign in',
  createdDateTime: 'Created',
  preferredLanguage: 'Preferred language',
};

const GROUP_LABELS: Readonly<Record<string, string>> = {
  displayName: 'Name',
  description: 'Description',
  mail: 'Group email address',
  mailNickname: 'Group email address',
  visibility: 'Privacy',
  isAssignableToRole: 'Microsoft Entra roles can be assigned to the group',
  membershipRule: 'Dynamic query',
  membershipRuleProcessingState: 'Dynamic membership processing',
  securityEnabled: 'Security enabled',
  mailEnabled: 'Mail enabled',
};

const DOMAIN_LABELS: Readonly<Record<string, string>> = {
  isVerified: 'Verified',
  isDefault: 'Default domain',
};

const SUBSCRIPTION_LABELS: Readonly<Record<string, string>> = {
  consumedUnits: 'Assigned licenses',
};

export type LabelledKind = 'user' | 'group' | 'domain' | 'subscription' | 'other';

/** The label a portal shows for a property of this kind of object. */
export function propertyLabel(kind: LabelledKind, property: string): string {
  const table = kind === 'user' ? USER_LABELS : kind === 'group' ? GROUP_LABELS : kind === 'domain' ? DOMAIN_LABELS : kind === 'subscription' ? SUBSCRIPTION_LABELS : {};
  return table[property] ?? property;
}

/** The kind of object labels are looked up for, from a check's object kind or collection. */
export function labelKindOf(kind: string): LabelledKind {
  if (kind === 'user' || kind === 'deletedUser' || kind === 'guest' || kind === 'users' || kind === 'guests' || kind === 'deletedUsers') return 'user';
  if (kind === 'group' || kind === 'deletedGroup' || kind === 'groups' || kind === 'deletedGroups') return 'group';
  if (kind === 'domain' || kind === 'domains') return 'domain';
  if (kind === 'subscription') return 'subscription';
  return 'other';
}
