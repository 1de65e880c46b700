import { toArray, type Command, type CommandOf } from '../../tenant';

type CreateGroup = CommandOf<'group.create'>;
type GroupChanges = CommandOf<'group.update'>['changes'];
import type { GraphContext } from '../context';
import { badRequest } from '../errors';
import { countResponse, entityResponse, listResponse, shape } from '../odata/collection';
import { SCOPES } from '../permissions';
import { created, noContent } from '../response';
import { route, type Route } from '../route';
import { directoryObjectType } from './directory-object-type';
import { GROUP_DEFAULT_PROPERTIES, groupType } from './group-type';
import { bodyObject, boundIds, groupOr404, referenceBodyId } from './lookup';
import { memberList, memberOfList } from './relations';
import { createdId, locationOf } from './users';

const CREATE_PROPERTIES = ['displayName', 'description', 'mailEnabled', 'mailNickname', 'securityEnabled', 'groupTypes', 'visibility', 'membershipRule', 'membershipRuleProcessingState', 'isAssignableToRole', 'members@odata.bind', 'owners@odata.bind'];
const UPDATE_PROPERTIES = ['displayName', 'description', 'visibility', 'mailNickname', 'membershipRule', 'membershipRuleProcessingState', 'members@odata.bind'];

function unknownProperty(name: string): Error {
  return badRequest(
    `The property '${name}' does not exist on type 'microsoft.graph.group'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
    'BadRequest',
  );
}

function checkNames(body: Record<string, unknown>, allowed: readonly string[]): void {
  for (const name of Object.keys(body)) if (!allowed.includes(name)) throw unknownProperty(name);
}

/** POST /groups: Graph's body as the tenant's group.create; the tenant checks the values. */
function createGroupCommand(body: unknown): CreateGroup {
  const object = bodyObject(body);
  checkNames(object, CREATE_PROPERTIES);
  const command: Record<string, unknown> = { type: 'group.create' };
  for (const name of CREATE_PROPERTIES) if (name in object && !name.includes('@')) command[name] = object[name];
  if ('members@odata.bind' in object) command.memberIds = boundIds(object['members@odata.bind'], 'members@odata.bind');
  if ('owners@odata.bind' in object) command.ownerIds = boundIds(object['owners@odata.bind'], 'owners@odata.bind');
  return command as unknown as CreateGroup;
}

/** PATCH /groups/{id}: properties, the membership rule, and members to add (up to 20), each the tenant's own command. */
function updateGroupCommands(groupId: string, body: unknown): Command[] {
  const object = bodyObject(body);
  checkNames(object, UPDATE_PROPERTIES);
  const commands: Command[] = [];
  const changes: Record<string, unknown> = {};
  for (const name of ['displayName', 'description', 'visibility', 'mailNickname']) if (name in object) changes[name] = object[name];
  if (Object.keys(changes).length > 0) commands.push({ type: 'group.update', groupId, changes: changes as GroupChanges });
  if ('membershipRule' in object || 'membershipRuleProcessingState' in object) {
    commands.push({
      type: 'group.setMembershipRule',
      groupId,
      ...('membershipRule' in object ? { membershipRule: object.membershipRule as string | null } : {}),
      ...('membershipRuleProcessingState' in object ? { membershipRuleProcessingState: object.membershipRuleProcessingState as 'On' | 'Paused' } : {}),
    });
  }
  if ('members@odata.bind' in object) {
    const memberIds = boundIds(object['members@odata.bind'], 'members@odata.bind');
    if (memberIds.length > 20) throw badRequest('Unable to update the specified properties for objects that have originated within an external service, or the request exceeds the limit of 20 members per request.');
    commands.push({ type: 'group.addMembers', groupId, memberIds });
  }
  return commands;
}

function groups(context: GraphContext) {
  return { type: groupType, items: toArray(context.tenant.directory.groups), contextPath: 'groups' };
}

function relatedList(context: GraphContext, ids: readonly string[]) {
  return listResponse(context, { type: directoryObjectType, items: memberList(context, ids), contextPath: 'directoryObjects' });
}

export const groupRoutes: readonly Route[] = [
  route('GET', 'groups', SCOPES.readGroups, (context) => listResponse(context, groups(context))),
  route('GET', 'groups/$count', SCOPES.readGroups, (context) => countResponse(context, groups(context))),
  route('POST', 'groups', SCOPES.writeGroups, (context) => {
    const { tenant, audit } = context.send(createGroupCommand(context.request.body));
    const group = groupOr404(tenant, createdId(audit));
    return created({ '@odata.context': `${context.serviceRoot}/$metadata#groups/$entity`, ...shape(group, groupType, GROUP_DEFAULT_PROPERTIES, [], context) }, locationOf(context, group.id, 'Group'));
  }),
  route('GET', 'groups/{group-id}', SCOPES.readGroups, (context) => entityResponse(context, groupType, groupOr404(context.tenant, context.params['group-id']!), 'groups')),
  route('PATCH', 'groups/{group-id}', SCOPES.writeGroups, (context) => {
    const groupId = groupOr404(context.tenant, context.params['group-id']!).id;
    for (const command of updateGroupCommands(groupId, context.request.body)) context.send(command);
    return noContent();
  }),
  route('DELETE', 'groups/{group-id}', SCOPES.writeGroups, (context) => {
    context.send({ type: 'group.delete', groupId: groupOr404(context.tenant, context.params['group-id']!).id });
    return noContent();
  }),
  route('GET', 'groups/{group-id}/members', SCOPES.readMembers, (context) => relatedList(context, groupOr404(context.tenant, context.params['group-id']!).memberIds)),
  route('GET', 'groups/{group-id}/members/$count', SCOPES.readMembers, (context) =>
    countResponse(context, { type: directoryObjectType, items: memberList(context, groupOr404(context.tenant, context.params['group-id']!).memberIds), contextPath: 'directoryObjects' }),
  ),
  route('POST', 'groups/{group-id}/members/$ref', SCOPES.writeMembers, (context) => {
    const groupId = groupOr404(context.tenant, context.params['group-id']!).id;
    context.send({ type: 'group.addMembers', groupId, memberIds: [referenceBodyId(context.request.body)] });
    return noContent();
  }),
  route('DELETE', 'groups/{group-id}/members/{member-id}/$ref', SCOPES.writeMembers, (context) => {
    const groupId = groupOr404(context.tenant, context.params['group-id']!).id;
    context.send({ type: 'group.removeMember', groupId, memberId: context.params['member-id']! });
    return noContent();
  }),
  route('GET', 'groups/{group-id}/owners', SCOPES.readMembers, (context) => relatedList(context, groupOr404(context.tenant, context.params['group-id']!).ownerIds)),
  route('POST', 'groups/{group-id}/owners/$ref', SCOPES.writeGroups, (context) => {
    const groupId = groupOr404(context.tenant, context.params['group-id']!).id;
    context.send({ type: 'group.addOwners', groupId, ownerIds: [referenceBodyId(context.request.body)] });
    return noContent();
  }),
  route('DELETE', 'groups/{group-id}/owners/{owner-id}/$ref', SCOPES.writeGroups, (context) => {
    const groupId = groupOr404(context.tenant, context.params['group-id']!).id;
    context.send({ type: 'group.removeOwner', groupId, ownerId: context.params['owner-id']! });
    return noContent();
  }),
  route('GET', 'groups/{group-id}/memberOf', SCOPES.readMemberOf, (context) =>
    listResponse(context, { type: directoryObjectType, items: memberOfList(context, groupOr404(context.tenant, context.params['group-id']!).id), contextPath: 'directoryObjects' }),
  ),
];
