import { getById, toArray, type Group, type User } from '../../tenant';
import type { GraphContext } from '../context';
import { badRequest, invalidProperty, resourceNotFound } from '../errors';
import { listResponse } from '../odata/collection';
import type { ResourceType } from '../odata/resource-type';
import { requireScopes, SCOPES } from '../permissions';
import { noContent, ok } from '../response';
import { route, type Route } from '../route';
import { groupType, serializeGroup } from './group-type';
import { serializeUser, USER_DEFAULT_PROPERTIES, userType } from './user-type';

/** Deleted users and Microsoft 365 groups, restorable for 30 days, as `directory/deletedItems` lists them. */

const deletedUserType: ResourceType<User> = { ...userType, defaultProperties: [...USER_DEFAULT_PROPERTIES, 'deletedDateTime'] };
const deletedGroupType: ResourceType<Group> = groupType;

type Deleted = { readonly kind: 'user'; readonly entity: User } | { readonly kind: 'group'; readonly entity: Group };

function deletedOr404(context: GraphContext): Deleted {
  const id = context.params['object-id']!;
  const user = getById(context.tenant.directory.deletedUsers, id);
  if (user) return { kind: 'user', entity: user };
  const group = getById(context.tenant.directory.deletedGroups, id);
  if (group) return { kind: 'group', entity: group };
  throw resourceNotFound(id);
}

function serializeDeleted(context: GraphContext, object: Deleted) {
  return object.kind === 'user'
    ? { '@odata.context': `${context.serviceRoot}/$metadata#directoryObjects/$entity`, '@odata.type': '#microsoft.graph.user', ...serializeUser(object.entity) }
    : { '@odata.context': `${context.serviceRoot}/$metadata#directoryObjects/$entity`, '@odata.type': '#microsoft.graph.group', ...serializeGroup(object.entity) };
}

function restoreBody(body: unknown): { newUserPrincipalName?: string } {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw badRequest('The request body must be a JSON object.', 'BadRequest');
  const { newUserPrincipalName } = body as Record<string, unknown>;
  if (newUserPrincipalName === undefined) return {};
  if (typeof newUserPrincipalName !== 'string') throw invalidProperty('newUserPrincipalName', 'User');
  return { newUserPrincipalName };
}

export const deletedItemRoutes: readonly Route[] = [
  route('GET', 'directory/deletedItems/microsoft.graph.user', SCOPES.readDeletedUsers, (context) =>
    listResponse(context, { type: deletedUserType, items: toArray(context.tenant.directory.deletedUsers), contextPath: 'directory/deletedItems/microsoft.graph.user' }),
  ),
  route('GET', 'directory/deletedItems/microsoft.graph.group', SCOPES.readDeletedGroups, (context) =>
    listResponse(context, { type: deletedGroupType, items: toArray(context.tenant.directory.deletedGroups), contextPath: 'directory/deletedItems/microsoft.graph.group' }),
  ),
  route('GET', 'directory/deletedItems/{object-id}', [...SCOPES.readDeletedUsers, ...SCOPES.readDeletedGroups], (context) => {
    const object = deletedOr404(context);
    requireScopes(context, object.kind === 'user' ? SCOPES.readDeletedUsers : SCOPES.readDeletedGroups);
    return ok(serializeDeleted(context, object));
  }),
  route('POST', 'directory/deletedItems/{object-id}/restore', [...SCOPES.writeDeletedUsers, ...SCOPES.writeDeletedGroups], (context) => {
    const object = deletedOr404(context);
    requireScopes(context, object.kind === 'user' ? SCOPES.writeDeletedUsers : SCOPES.writeDeletedGroups);
    const { tenant } =
      object.kind === 'user'
        ? context.send({ type: 'user.restore', userId: object.entity.id, ...restoreBody(context.request.body) })
        : context.send({ type: 'group.restore', groupId: object.entity.id });
    const restored: Deleted =
      object.kind === 'user' ? { kind: 'user', entity: getById(tenant.directory.users, object.entity.id)! } : { kind: 'group', entity: getById(tenant.directory.groups, object.entity.id)! };
    return ok(serializeDeleted(context, restored));
  }),
  route('DELETE', 'directory/deletedItems/{object-id}', [...SCOPES.writeDeletedUsers, ...SCOPES.writeDeletedGroups], (context) => {
    const object = deletedOr404(context);
    requireScopes(context, object.kind === 'user' ? SCOPES.writeDeletedUsers : SCOPES.writeDeletedGroups);
    context.send(object.kind === 'user' ? { type: 'user.permanentlyDelete', userId: object.entity.id } : { type: 'group.permanentlyDelete', groupId: object.entity.id });
    return noContent();
  }),
];
