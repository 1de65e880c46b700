import type * as Graph from '@microsoft/microsoft-graph-types';
import { builtInRoles, entities, guidFor, ROLE, roleTemplateById, seedFrom, type AdministrativeUnit, type RoleAssignment, type RoleTemplate, type Tenant } from '../../tenant';
import type { FilterSpec } from '../odata/filter-schema';
import type { ResourceType, Serialized } from '../odata/resource-type';
import { filterSchema } from './user-type';

/**
 * Directory roles are the legacy view of roles: one object per role activated in the tenant (its
 * own id, unlike the template id). A role is activated once it is assigned; Global
 * Administrator always is. The sandbox derives the object id from the tenant and the template.
 */
export interface DirectoryRole {
  readonly id: string;
  readonly template: RoleTemplate;
}

export function directoryRoleId(tenant: Tenant, templateId: string): string {
  return guidFor(seedFrom(`${tenant.organization.id}/directoryRoles/${templateId}`), 0);
}

export function activatedDirectoryRoles(tenant: Tenant): DirectoryRole[] {
  const activated = new Set<string>([ROLE.globalAdministrator]);
  for (const assignment of entities(tenant.roles.roleAssignments)) activated.add(assignment.roleDefinitionId);
  return builtInRoles.filter((role) => activated.has(role.id)).map((template) => ({ id: directoryRoleId(tenant, template.id), template }));
}

export function serializeDirectoryRole(role: DirectoryRole): Graph.DirectoryRole {
  return { id: role.id, deletedDateTime: null, description: role.template.description, displayName: role.template.displayName, roleTemplateId: role.template.id };
}

const DIRECTORY_ROLE_PROPERTIES = ['id', 'deletedDateTime', 'description', 'displayName', 'roleTemplateId'];

export const directoryRoleType: ResourceType<DirectoryRole> = {
  typeName: 'microsoft.graph.directoryRole',
  filter: filterSchema(
    'DirectoryRole',
    'microsoft.graph.directoryRole',
    [
      { kind: 'scalar', name: 'roleTemplateId', type: 'string', get: (role) => role.template.id, eq: 'default' },
      { kind: 'scalar', name: 'displayName', type: 'string', get: (role) => role.template.displayName, eq: 'default' },
    ],
    DIRECTORY_ROLE_PROPERTIES,
  ),
  defaultProperties: DIRECTORY_ROLE_PROPERTIES,
  properties: DIRECTORY_ROLE_PROPERTIES,
  serialize: (role) => ({ '@odata.type': '#microsoft.graph.directoryRole', ...serializeDirectoryRole(role) }) as Serialized,
};

export function serializeRoleDefinition(role: RoleTemplate): Graph.UnifiedRoleDefinition {
  return {
    id: role.id,
    description: role.description,
    displayName: role.displayName,
    isBuiltIn: true,
    isEnabled: true,
    resourceScopes: ['/'],
    templateId: role.id,
    version: '1',
    rolePermissions: [{ allowedResourceActions: [...role.allowedResourceActions], condition: null }],
  };
}

const ROLE_DEFINITION_PROPERTIES = ['id', 'description', 'displayName', 'isBuiltIn', 'isEnabled', 'resourceScopes', 'templateId', 'version', 'rolePermissions'];

export const roleDefinitionType: ResourceType<RoleTemplate> = {
  typeName: 'microsoft.graph.unifiedRoleDefinition',
  filter: filterSchema(
    'UnifiedRoleDefinition',
    'microsoft.graph.unifiedRoleDefinition',
    [
      { kind: 'scalar', name: 'displayName', type: 'string', get: (role) => role.displayName, eq: 'default', startsWith: 'default' },
      { kind: 'scalar', name: 'id', type: 'string', get: (role) => role.id, eq: 'default' },
      { kind: 'scalar', name: 'templateId', type: 'string', get: (role) => role.id, eq: 'default' },
      { kind: 'scalar', name: 'isBuiltIn', type: 'boolean', get: () => true, eq: 'default' },
    ],
    ROLE_DEFINITION_PROPERTIES,
    false,
  ),
  orderBy: { displayname: { name: 'displayName', key: (role) => role.displayName, support: 'default' } },
  defaultProperties: ROLE_DEFINITION_PROPERTIES,
  properties: ROLE_DEFINITION_PROPERTIES,
  serialize: (role) => serializeRoleDefinition(role) as Serialized,
};

export function serializeRoleAssignment(assignment: RoleAssignment): Graph.UnifiedRoleAssignment {
  return {
    id: assignment.id,
    principalId: assignment.principalId,
    roleDefinitionId: assignment.roleDefinitionId,
    directoryScopeId: assignment.directoryScopeId,
    appScopeId: null,
  };
}

const ROLE_ASSIGNMENT_PROPERTIES = ['id', 'principalId', 'roleDefinitionId', 'directoryScopeId', 'appScopeId'];

const ROLE_ASSIGNMENT_FILTERS: FilterSpec<RoleAssignment>[] = [
  { kind: 'scalar', name: 'principalId', type: 'string', get: (assignment) => assignment.principalId, eq: 'default' },
  { kind: 'scalar', name: 'roleDefinitionId', type: 'string', get: (assignment) => assignment.roleDefinitionId, eq: 'default' },
  { kind: 'scalar', name: 'directoryScopeId', type: 'string', get: (assignment) => assignment.directoryScopeId, eq: 'default' },
  { kind: 'scalar', name: 'id', type: 'string', get: (assignment) => assignment.id, eq: 'default' },
];

export const roleAssignmentType: ResourceType<RoleAssignment> = {
  typeName: 'microsoft.graph.unifiedRoleAssignment',
  filter: filterSchema('UnifiedRoleAssignment', 'microsoft.graph.unifiedRoleAssignment', ROLE_ASSIGNMENT_FILTERS, ROLE_ASSIGNMENT_PROPERTIES, false),
  defaultProperties: ROLE_ASSIGNMENT_PROPERTIES,
  properties: ROLE_ASSIGNMENT_PROPERTIES,
  serialize: (assignment) => serializeRoleAssignment(assignment) as Serialized,
  expand: {
    roledefinition: {
      name: 'roleDefinition',
      value: (assignment) => {
        const role = roleTemplateById(assignment.roleDefinitionId);
        return role ? serializeRoleDefinition(role) : null;
      },
    },
  },
};

export function serializeAdministrativeUnit(unit: AdministrativeUnit): Graph.AdministrativeUnit {
  return {
    id: unit.id,
    deletedDateTime: null,
    displayName: unit.displayName,
    description: unit.description,
    isMemberManagementRestricted: unit.isMemberManagementRestricted,
    membershipType: unit.membershipType,
    visibility: null,
  };
}

const ADMINISTRATIVE_UNIT_PROPERTIES = ['id', 'deletedDateTime', 'displayName', 'description', 'isMemberManagementRestricted', 'membershipType', 'visibility'];

export const administrativeUnitType: ResourceType<AdministrativeUnit> = {
  typeName: 'microsoft.graph.administrativeUnit',
  filter: filterSchema(
    'AdministrativeUnit',
    'microsoft.graph.administrativeUnit',
    [
      { kind: 'scalar', name: 'displayName', type: 'string', get: (unit) => unit.displayName, eq: 'default', startsWith: 'default' },
      { kind: 'scalar', name: 'id', type: 'string', get: (unit) => unit.id, eq: 'default' },
      { kind: 'scalar', name: 'isMemberManagementRestricted', type: 'boolean', get: (unit) => unit.isMemberManagementRestricted, eq: 'default' },
    ],
    ADMINISTRATIVE_UNIT_PROPERTIES,
  ),
  orderBy: { displayname: { name: 'displayName', key: (unit) => unit.displayName, support: 'advanced' } },
  defaultProperties: ADMINISTRATIVE_UNIT_PROPERTIES,
  properties: ADMINISTRATIVE_UNIT_PROPERTIES,
  serialize: (unit) => serializeAdministrativeUnit(unit) as Serialized,
  paging: { defaultSize: 100, maxSize: 999 },
};
