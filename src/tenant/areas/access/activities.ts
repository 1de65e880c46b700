import { getById } from '../../collection';
import { defineActivities, nameOf, withChanges, type PropertyChange } from '../../describe';
import type { AuditRecord, Tenant } from '../../model';

const target = (record: AuditRecord) => nameOf(record.targetResources[0]);

const LABELS: Readonly<Record<string, string>> = {
  State: 'state',
  IsEnabled: 'enabled',
  StrongAuthenticationRequirement: 'per-user MFA',
  IsCompliant: 'compliant',
};

/** The self-service password reset policy's target id (see commands/settings.ts). */
const PASSWORD_RESET_POLICY_ID = '00000000-0000-0000-0000-000000000006';

const SSPR_METHOD_NAMES: Readonly<Record<string, string>> = {
  mobileAppNotification: 'Mobile app notification',
  mobileAppCode: 'Mobile app code',
  email: 'Email',
  mobilePhone: 'Mobile phone',
  officePhone: 'Office phone',
  securityQuestions: 'Security questions',
};

const SSPR_ENABLEMENT: Readonly<Record<string, string>> = { none: 'turned off (None)', selected: 'on for a selected group', all: 'on for all users' };

/** Password reset's settings in the blade's words, the group by its name and the methods as the blade lists them. */
function passwordResetChange(tenant: Tenant): PropertyChange {
  return ({ displayName, newValue }) => {
    const value = newValue ?? '';
    switch (displayName) {
      case 'enablement':
        return [`self-service password reset ${SSPR_ENABLEMENT[value] ?? value}`];
      case 'selectedGroupId':
        return [value === 'null' || value === '' ? 'no group selected' : `group set to ${getById(tenant.directory.groups, value)?.displayName ?? value}`];
      case 'numberOfMethodsRequired':
        return [`number of methods required to reset set to ${value}`];
      case 'methods': {
        const methods = JSON.parse(value) as string[];
        return [`methods available to users set to ${methods.map((method) => SSPR_METHOD_NAMES[method] ?? method).join(', ')}`];
      }
      case 'requireRegistration':
        return [value === 'true' ? 'users must register when signing in' : 'registration at sign-in not required'];
      default:
        return undefined;
    }
  };
}

/**
 * What Entra's audit log records for sign-in security: Conditional Access policies and named
 * locations (service Conditional Access, category Policy), tenant policies, devices and users'
 * security info.
 */
export const ACCESS_ACTIVITIES = defineActivities({
  'Add conditional access policy': { category: 'Policy', operationType: 'Add', describe: (record) => `Conditional Access policy ${target(record)} created` },
  'Update conditional access policy': {
    category: 'Policy',
    operationType: 'Update',
    describe: (record) => withChanges(`Conditional Access policy ${target(record)}`, record.targetResources[0], `Conditional Access policy ${target(record)} updated`, LABELS),
  },
  'Delete conditional access policy': { category: 'Policy', operationType: 'Delete', describe: (record) => `Conditional Access policy ${target(record)} deleted` },
  'Add named location': { category: 'Policy', operationType: 'Add', describe: (record) => `Named location ${target(record)} created` },
  'Update named location': { category: 'Policy', operationType: 'Update', describe: (record) => `Named location ${target(record)} updated` },
  'Delete named location': { category: 'Policy', operationType: 'Delete', describe: (record) => `Named location ${target(record)} deleted` },
  'Update policy': {
    category: 'Policy',
    operationType: 'Update',
    describe: (record, tenant) =>
      record.targetResources[0]?.id === PASSWORD_RESET_POLICY_ID
        ? withChanges('Self-service password reset', record.targetResources[0], 'Self-service password reset updated', LABELS, passwordResetChange(tenant))
        : withChanges(target(record), record.targetResources[0], `${target(record)} updated`, LABELS),
  },
  'User registered security info': { category: 'UserManagement', operationType: 'Add', describe: (record) => `${target(record)} registered security info` },
  'User deleted security info': { category: 'UserManagement', operationType: 'Delete', describe: (record) => `Security info of ${target(record)} deleted` },
  'Add device': { category: 'DirectoryManagement', operationType: 'Add', describe: (record) => `Device ${target(record)} added` },
  'Update device': {
    category: 'DirectoryManagement',
    operationType: 'Update',
    describe: (record) => withChanges(`Device ${target(record)}`, record.targetResources[0], `Device ${target(record)} updated`, LABELS),
  },
  'Delete device': { category: 'DirectoryManagement', operationType: 'Delete', describe: (record) => `Device ${target(record)} deleted` },
});
