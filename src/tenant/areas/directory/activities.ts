import { defineActivities, nameOf, plainValue, withChanges, type PropertyChange } from '../../describe';
import type { TargetResource } from '../../model';
import { assignedLicenseChange } from '../licensing/activities';

/** The portals' labels of directory properties, for "what changed" and feedback. */
export const DIRECTORY_PROPERTY_LABELS: Readonly<Record<string, string>> = {
  displayName: 'display name',
  givenName: 'first name',
  surname: 'last name',
  jobTitle: 'job title',
  department: 'department',
  usageLocation: 'usage location',
  officeLocation: 'office',
  mobilePhone: 'mobile phone',
  businessPhones: 'office phone',
  faxNumber: 'fax number',
  streetAddress: 'street address',
  postalCode: 'ZIP or postal code',
  companyName: 'company name',
  employeeId: 'employee ID',
  otherMails: 'alternate email addresses',
  userPrincipalName: 'username',
  mail: 'email',
  proxyAddresses: 'email aliases',
  membershipRule: 'dynamic membership rule',
  description: 'description',
  mailNickname: 'email alias',
};

const userChange: PropertyChange = (property) => {
  const license = assignedLicenseChange(property);
  if (license) return license;
  if (property.displayName === 'accountEnabled') return [plainValue(property.newValue)?.toLowerCase() === 'false' ? 'sign-in blocked' : 'sign-in allowed'];
  // Said by "password reset" already.
  if (property.displayName === 'forceChangePasswordNextSignIn') return [];
  return undefined;
};

const user = (record: { targetResources: readonly TargetResource[] }) => nameOf(record.targetResources[0]);
const second = (record: { targetResources: readonly TargetResource[] }) => nameOf(record.targetResources[1]);

/** What Entra's audit log records for users, guests, groups and contacts. */
export const DIRECTORY_ACTIVITIES = defineActivities({
  'Add user': {
    category: 'UserManagement',
    operationType: 'Add',
    describe: (record) => (record.targetResources[0]?.userPrincipalName?.includes('#EXT#') ? `${user(record)} added as a guest` : `${user(record)} added`),
  },
  'Invite external user': { category: 'UserManagement', operationType: 'Add', describe: (record) => `${user(record)} invited as a guest` },
  'Redeem external user invite': { category: 'UserManagement', operationType: 'Update', describe: (record) => `${user(record)} accepted the invitation` },
  'Update user': {
    category: 'UserManagement',
    operationType: 'Update',
    describe: (record) => withChanges(user(record), record.targetResources[0], `${user(record)} updated`, DIRECTORY_PROPERTY_LABELS, userChange),
  },
  'Enable account': { category: 'UserManagement', operationType: 'Update', describe: (record) => `${user(record)}: sign-in allowed` },
  'Disable account': { category: 'UserManagement', operationType: 'Update', describe: (record) => `${user(record)}: sign-in blocked` },
  'Delete user': { category: 'UserManagement', operationType: 'Delete', describe: (record) => `${user(record)} deleted` },
  'Restore user': { category: 'UserManagement', operationType: 'Update', describe: (record) => `${user(record)} restored` },
  'Hard Delete user': { category: 'UserManagement', operationType: 'Delete', describe: (record) => `${user(record)} permanently deleted` },
  'Reset user password': { category: 'UserManagement', operationType: 'Update', describe: (record) => `${user(record)}: password reset` },
  'Reset password (by admin)': { category: 'UserManagement', operationType: 'Update', describe: (record) => `${user(record)}: password reset` },
  'Update StsRefreshTokenValidFrom Timestamp': { category: 'UserManagement', operationType: 'Update', describe: (record) => `${user(record)}: signed out of all sessions` },
  'Set user manager': {
    category: 'UserManagement',
    operationType: 'Update',
    describe: (record) => {
      const manager = plainValue(record.targetResources[0]?.modifiedProperties.find((property) => property.displayName === 'manager')?.newValue ?? null);
      return manager ? `${user(record)}: manager set to ${manager}` : `${user(record)}: manager removed`;
    },
  },
  'Add group': { category: 'GroupManagement', operationType: 'Add', describe: (record) => `Group ${user(record)} created` },
  'Update group': {
    category: 'GroupManagement',
    operationType: 'Update',
    describe: (record) => withChanges(`Group ${user(record)}`, record.targetResources[0], `Group ${user(record)} updated`, DIRECTORY_PROPERTY_LABELS),
  },
  'Delete group': { category: 'GroupManagement', operationType: 'Delete', describe: (record) => `Group ${user(record)} deleted` },
  'Restore group': { category: 'GroupManagement', operationType: 'Update', describe: (record) => `Group ${user(record)} restored` },
  'Hard Delete group': { category: 'GroupManagement', operationType: 'Delete', describe: (record) => `Group ${user(record)} permanently deleted` },
  'Add member to group': { category: 'GroupManagement', operationType: 'Assign', describe: (record) => `${user(record)} added to ${second(record)}` },
  'Remove member from group': { category: 'GroupManagement', operationType: 'Unassign', describe: (record) => `${user(record)} removed from ${second(record)}` },
  'Add owner to group': { category: 'GroupManagement', operationType: 'Assign', describe: (record) => `${user(record)} made an owner of ${second(record)}` },
  'Remove owner from group': { category: 'GroupManagement', operationType: 'Unassign', describe: (record) => `${user(record)} no longer an owner of ${second(record)}` },
  'Add contact': { category: 'Contact', operationType: 'Add', describe: (record) => `Contact ${user(record)} added` },
  'Update contact': {
    category: 'Contact',
    operationType: 'Update',
    describe: (record) => withChanges(`Contact ${user(record)}`, record.targetResources[0], `Contact ${user(record)} updated`, DIRECTORY_PROPERTY_LABELS),
  },
  'Delete contact': { category: 'Contact', operationType: 'Delete', describe: (record) => `Contact ${user(record)} deleted` },
});
