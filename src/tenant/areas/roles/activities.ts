import { getById } from '../../collection';
import { defineActivities, describeGenerically, nameOf, withChanges } from '../../describe';
import type { AuditRecord, Tenant } from '../../model';

const first = (record: AuditRecord) => nameOf(record.targetResources[0]);
const second = (record: AuditRecord) => nameOf(record.targetResources[1]);

/** " in the administrative unit Paris" when the record's role assignment is scoped to one. */
function roleScope(record: AuditRecord, tenant: Tenant): string {
  const scope = record.targetResources[0]?.modifiedProperties.find((property) => property.displayName === 'Role.DirectoryScopeId')?.newValue;
  const unitId = scope?.startsWith('/administrativeUnits/') ? scope.slice('/administrativeUnits/'.length) : undefined;
  if (!unitId) return '';
  return ` in the administrative unit ${getById(tenant.roles.administrativeUnits, unitId)?.displayName ?? unitId}`;
}

const UNIT_LABELS: Readonly<Record<string, string>> = { DisplayName: 'name', Description: 'description', IsMemberManagementRestricted: 'restricted management' };

/** What Entra's audit log records for roles, administrative units and PIM. */
export const ROLE_ACTIVITIES = defineActivities({
  'Add member to role': {
    category: 'RoleManagement',
    operationType: 'Assign',
    describe: (record, tenant) => `${first(record)}: role ${second(record)} assigned${roleScope(record, tenant)}`,
  },
  'Remove member from role': {
    category: 'RoleManagement',
    operationType: 'Unassign',
    describe: (record, tenant) => `${first(record)}: role ${second(record)} removed${roleScope(record, tenant)}`,
  },
  'Add member to role scoped over Restricted Management Administrative Unit': { category: 'RoleManagement', operationType: 'Assign', describe: describeGenerically },
  'Remove member from role scoped over Restricted Management Administrative Unit': { category: 'RoleManagement', operationType: 'Unassign', describe: describeGenerically },
  'Add eligible member to role': { category: 'RoleManagement', operationType: 'Assign', describe: (record) => `${first(record)}: made eligible for ${second(record)}` },
  'Remove eligible member from role': { category: 'RoleManagement', operationType: 'Unassign', describe: (record) => `${first(record)}: no longer eligible for ${second(record)}` },
  'Add eligible member to role in PIM completed (permanent)': { category: 'RoleManagement', operationType: 'Assign' },
  'Add eligible member to role in PIM completed (timebound)': { category: 'RoleManagement', operationType: 'Assign' },
  'Remove eligible member from role in PIM completed (permanent)': { category: 'RoleManagement', operationType: 'Unassign' },
  'Remove eligible member from role in PIM completed (timebound)': { category: 'RoleManagement', operationType: 'Unassign' },
  'Add member to role approval requested (PIM activation)': { category: 'RoleManagement', operationType: 'Other' },
  'Add member to role request approved (PIM activation)': { category: 'RoleManagement', operationType: 'Other' },
  'Add member to role request denied (PIM activation)': { category: 'RoleManagement', operationType: 'Other' },
  'Add member to role completed (PIM activation)': { category: 'RoleManagement', operationType: 'Assign' },
  'Remove member from role completed (PIM deactivate)': { category: 'RoleManagement', operationType: 'Unassign' },
  'Remove member from role (PIM activation expired)': { category: 'RoleManagement', operationType: 'Unassign' },
  'Update role setting in PIM': { category: 'RoleManagement', operationType: 'Update' },
  'Add administrative unit': { category: 'AdministrativeUnit', operationType: 'Add', describe: (record) => `Administrative unit ${first(record)} created` },
  'Update administrative unit': {
    category: 'AdministrativeUnit',
    operationType: 'Update',
    describe: (record) => withChanges(`Administrative unit ${first(record)}`, record.targetResources[0], `Administrative unit ${first(record)} updated`, UNIT_LABELS),
  },
  'Delete administrative unit': { category: 'AdministrativeUnit', operationType: 'Delete', describe: (record) => `Administrative unit ${first(record)} deleted` },
  'Add member to administrative unit': { category: 'AdministrativeUnit', operationType: 'Add', describe: (record) => `${first(record)} added to the administrative unit ${second(record)}` },
  'Remove member from administrative unit': {
    category: 'AdministrativeUnit',
    operationType: 'Delete',
    describe: (record) => `${first(record)} removed from the administrative unit ${second(record)}`,
  },
  'Add member to restricted management administrative unit': { category: 'AdministrativeUnit', operationType: 'Add' },
  'Remove member from restricted management administrative unit': { category: 'AdministrativeUnit', operationType: 'Delete' },
});
