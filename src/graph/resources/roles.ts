import { builtInRoles, entities, getById, roleTemplateById, toArray, type RoleAssignment } from '../../tenant';
import type { GraphContext } from '../context';
import { invalidProperty, resourceNotFound } from '../errors';
import { entityResponse, listResponse } from '../odata/collection';
import { SCOPES } from '../permissions';
import { created, noContent } from '../response';
import { route, type Route } from '../route';
import { directoryObjectType } from './directory-object-type';
import { bodyObject, referenceBodyId } from './lookup';
import { memberList } from './relations';
import { activatedDirectoryRoles, directoryRoleType, roleAssignmentType, roleDefinitionType, type DirectoryRole } from './role-type';

/** A directory role by its object id, or `roleTemplateId=…` as Graph also takes it. */
function directoryRoleOr404(context: GraphContext, key: string): DirectoryRole {
  const template = /^roleTemplateId=(.+)$/i.exec(key)?.[1];
  const role = activatedDirectoryRoles(context.tenant).find((candidate) => (template ? candidate.template.id === template.toLowerCase() : candidate.id === key));
  if (!role) throw resourceNotFound(template ?? key);
  return role;
}

function tenantWideHolders(context: GraphContext, roleDefinitionId: string): string[] {
  const holders: string[] = [];
  for (const assignment of entities(context.tenant.roles.roleAssignments)) {
    if (assignment.roleDefinitionId === roleDefinitionId && assignment.directoryScopeId === '/') holders.push(assignment.principalId);
  }
  return holders;
}

function assignmentOr404(context: GraphContext, id: string): RoleAssignment {
  const assignment = getById(context.tenant.roles.roleAssignments, id);
  if (!assignment) throw resourceNotFound(id);
  return assignment;
}

function stringProperty(body: Record<string, unknown>, name: string, fallback?: string): string {
  const value = body[name] ?? fallback;
  if (typeof value !== 'string' || value === '') throw invalidProperty(name, 'UnifiedRoleAssignment');
  return value;
}

export const roleRoutes: readonly Route[] = [
  route('GET', 'directoryRoles', SCOPES.readRoles, (context) => listResponse(context, { type: directoryRoleType, items: activatedDirectoryRoles(context.tenant), contextPath: 'directoryRoles' })),
  route('GET', 'directoryRoles/{role-id}', SCOPES.readRoles, (context) => entityResponse(context, directoryRoleType, directoryRoleOr404(context, context.params['role-id']!), 'directoryRoles')),
  route('GET', 'directoryRoles/{role-id}/members', SCOPES.readRoles, (context) => {
    const role = directoryRoleOr404(context, context.params['role-id']!);
    return listResponse(context, { type: directoryObjectType, items: memberList(context, tenantWideHolders(context, role.template.id)), contextPath: 'directoryObjects' });
  }),
  route('POST', 'directoryRoles/{role-id}/members/$ref', SCOPES.writeRoles, (context) => {
    const role = directoryRoleOr404(context, context.params['role-id']!);
    context.send({ type: 'role.assign', principalId: referenceBodyId(context.request.body), roleDefinitionId: role.template.id, directoryScopeId: '/' });
    return noContent();
  }),
  route('DELETE', 'directoryRoles/{role-id}/members/{member-id}/$ref', SCOPES.writeRoles, (context) => {
    const role = directoryRoleOr404(context, context.params['role-id']!);
    context.send({ type: 'role.remove', principalId: context.params['member-id']!, roleDefinitionId: role.template.id, directoryScopeId: '/' });
    return noContent();
  }),
  route('GET', 'roleManagement/directory/roleDefinitions', SCOPES.readRoles, (context) =>
    listResponse(context, { type: roleDefinitionType, items: [...builtInRoles], contextPath: 'roleManagement/directory/roleDefinitions' }),
  ),
  route('GET', 'roleManagement/directory/roleDefinitions/{definition-id}', SCOPES.readRoles, (context) => {
    const id = context.params['definition-id']!;
    const role = roleTemplateById(id.toLowerCase());
    if (!role) throw resourceNotFound(id);
    return entityResponse(context, roleDefinitionType, role, 'roleManagement/directory/roleDefinitions');
  }),
  route('GET', 'roleManagement/directory/roleAssignments', SCOPES.readRoles, (context) =>
    listResponse(context, { type: roleAssignmentType, items: toArray(context.tenant.roles.roleAssignments), contextPath: 'roleManagement/directory/roleAssignments' }),
  ),
  route('POST', 'roleManagement/directory/roleAssignments', SCOPES.writeRoles, (context) => {
    const body = bodyObject(context.request.body);
    const principalId = stringProperty(body, 'principalId');
    const roleDefinitionId = stringProperty(body, 'roleDefinitionId').toLowerCase();
    const directoryScopeId = stringProperty(body, 'directoryScopeId', '/');
    const { tenant } = context.send({ type: 'role.assign', principalId, roleDefinitionId, directoryScopeId });
    const assignment = toArray(tenant.roles.roleAssignments).find(
      (candidate) => candidate.principalId === principalId && candidate.roleDefinitionId === roleDefinitionId && candidate.directoryScopeId === directoryScopeId,
    )!;
    const location = `${context.serviceRoot}/roleManagement/directory/roleAssignments/${assignment.id}`;
    return created({ '@odata.context': `${context.serviceRoot}/$metadata#roleManagement/directory/roleAssignments/$entity`, ...roleAssignmentType.serialize(assignment, context) }, location);
  }),
  route('GET', 'roleManagement/directory/roleAssignments/{assignment-id}', SCOPES.readRoles, (context) =>
    entityResponse(context, roleAssignmentType, assignmentOr404(context, context.params['assignment-id']!), 'roleManagement/directory/roleAssignments'),
  ),
  route('DELETE', 'roleManagement/directory/roleAssignments/{assignment-id}', SCOPES.writeRoles, (context) => {
    context.send({ type: 'role.remove', assignmentId: assignmentOr404(context, context.params['assignment-id']!).id });
    return noContent();
  }),
];
