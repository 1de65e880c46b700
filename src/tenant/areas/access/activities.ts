import { defineActivities, nameOf, withChanges } from '../../describe';
import type { AuditRecord } from '../../model';

const target = (record: AuditRecord) => nameOf(record.targetResources[0]);

const LABELS: Readonly<Record<string, string>> = {
  State: 'state',
  IsEnabled: 'enabled',
  StrongAuthenticationRequirement: 'per-user MFA',
  IsCompliant: 'compliant',
};

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
    describe: (record) => withChanges(target(record), record.targetResources[0], `${target(record)} updated`, LABELS),
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
