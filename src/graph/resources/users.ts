import type { AuditRecord } from '../../tenant';
import type { GraphContext } from '../context';
import { resourceNotFound } from '../errors';
import { countResponse, entityResponse, listResponse, shape } from '../odata/collection';
import { SCOPES } from '../permissions';
import { created, noContent, ok } from '../response';
import { route, type Route } from '../route';
import { directoryObjectType } from './directory-object-type';
import { managerOf, memberOfList } from './relations';
import { referenceBodyId, userOr404 } from './lookup';
import { createUserCommand, updateUserCommands } from './user-bodies';
import { USER_DEFAULT_PROPERTIES, userType } from './user-type';

function users(context: GraphContext) {
  return { type: userType, items: context.tenant.directory.users, contextPath: 'users' };
}

function memberOf(context: GraphContext, userId: string) {
  return listResponse(context, { type: directoryObjectType, items: memberOfList(context, userId), contextPath: 'directoryObjects' });
}

/** The object a create command made: the target of its main audit record. */
export function createdId(audit: readonly AuditRecord[]): string {
  return audit[0]?.targetResources[0]?.id ?? '';
}

/** Where Graph's directory says a new object lives (its own older address form). */
export function locationOf(context: GraphContext, id: string, type: string): string {
  return `https://graph.microsoft.com/v2/${context.tenant.organization.id}/directoryObjects/${id}/Microsoft.DirectoryServices.${type}`;
}

export const userRoutes: readonly Route[] = [
  route('GET', 'users', SCOPES.readUsers, (context) => listResponse(context, users(context))),
  route('GET', 'users/$count', SCOPES.readUsers, (context) => countResponse(context, users(context))),
  route('POST', 'users', SCOPES.createUser, (context) => {
    const { tenant, audit } = context.send(createUserCommand(context.request.body));
    const user = userOr404(tenant, createdId(audit));
    const body = { '@odata.context': `${context.serviceRoot}/$metadata#users/$entity`, ...shape(user, userType, USER_DEFAULT_PROPERTIES, [], context) };
    return created(body, locationOf(context, user.id, 'User'));
  }),
  route('GET', 'me', SCOPES.readMe, (context) => entityResponse(context, userType, userOr404(context.tenant, context.signedInUserId), 'users')),
  route('GET', 'users/{user-id}', SCOPES.readUsers, (context) => entityResponse(context, userType, userOr404(context.tenant, context.params['user-id']!), 'users')),
  route('PATCH', 'users/{user-id}', SCOPES.updateUser, (context) => {
    const userId = userOr404(context.tenant, context.params['user-id']!).id;
    for (const command of updateUserCommands(userId, context.request.body)) context.send(command);
    return noContent();
  }),
  route('DELETE', 'users/{user-id}', SCOPES.deleteUser, (context) => {
    context.send({ type: 'user.delete', userId: userOr404(context.tenant, context.params['user-id']!).id });
    return noContent();
  }),
  route('GET', 'users/{user-id}/memberOf', SCOPES.readMemberOf, (context) => memberOf(context, userOr404(context.tenant, context.params['user-id']!).id)),
  route('GET', 'me/memberOf', SCOPES.readMyMemberOf, (context) => memberOf(context, context.signedInUserId)),
  route('GET', 'users/{user-id}/manager', SCOPES.readManager, (context) => {
    const user = userOr404(context.tenant, context.params['user-id']!);
    const manager = managerOf(context, user);
    if (!manager) throw resourceNotFound('manager');
    return ok({ '@odata.context': `${context.serviceRoot}/$metadata#directoryObjects/$entity`, ...manager });
  }),
  route('PUT', 'users/{user-id}/manager/$ref', SCOPES.writeManager, (context) => {
    const userId = userOr404(context.tenant, context.params['user-id']!).id;
    context.send({ type: 'user.setManager', userId, managerId: referenceBodyId(context.request.body) });
    return noContent();
  }),
  route('DELETE', 'users/{user-id}/manager/$ref', SCOPES.writeManager, (context) => {
    context.send({ type: 'user.setManager', userId: userOr404(context.tenant, context.params['user-id']!).id, managerId: null });
    return noContent();
  }),
  route('POST', 'users/{user-id}/revokeSignInSessions', SCOPES.updateUser, (context) => {
    context.send({ type: 'user.revokeSignInSessions', userId: userOr404(context.tenant, context.params['user-id']!).id });
    return ok({ '@odata.context': `${context.serviceRoot}/$metadata#Edm.Boolean`, value: true });
  }),
];
