import { toArray } from '../../tenant';
import type { GraphContext } from '../context';
import { badRequest } from '../errors';
import { entityResponse, listResponse } from '../odata/collection';
import { SCOPES } from '../permissions';
import { created, noContent } from '../response';
import { route, type Route } from '../route';
import { directoryObjectType } from './directory-object-type';
import { administrativeUnitOr404, bodyObject, referenceBodyId } from './lookup';
import { memberList } from './relations';
import { administrativeUnitType } from './role-type';
import { createdId, locationOf } from './users';

const PROPERTIES = ['displayName', 'description', 'isMemberManagementRestricted'];

function unitBody(body: unknown): Record<string, unknown> {
  const object = bodyObject(body);
  for (const name of Object.keys(object)) {
    if (!PROPERTIES.includes(name) && name !== 'membershipType' && name !== 'visibility') {
      throw badRequest(
        `The property '${name}' does not exist on type 'microsoft.graph.administrativeUnit'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        'BadRequest',
      );
    }
  }
  return Object.fromEntries(PROPERTIES.filter((name) => name in object).map((name) => [name, object[name]]));
}

function unitId(context: GraphContext): string {
  return administrativeUnitOr404(context.tenant, context.params['unit-id']!).id;
}

export const administrativeUnitRoutes: readonly Route[] = [
  route('GET', 'directory/administrativeUnits', SCOPES.readAdministrativeUnits, (context) =>
    listResponse(context, { type: administrativeUnitType, items: toArray(context.tenant.roles.administrativeUnits), contextPath: 'directory/administrativeUnits' }),
  ),
  route('POST', 'directory/administrativeUnits', SCOPES.writeAdministrativeUnits, (context) => {
    const { tenant, audit } = context.send({ type: 'administrativeUnit.create', ...(unitBody(context.request.body) as { displayName: string }) });
    const unit = administrativeUnitOr404(tenant, createdId(audit));
    return created(
      { '@odata.context': `${context.serviceRoot}/$metadata#directory/administrativeUnits/$entity`, ...administrativeUnitType.serialize(unit, context) },
      locationOf(context, unit.id, 'AdministrativeUnit'),
    );
  }),
  route('GET', 'directory/administrativeUnits/{unit-id}', SCOPES.readAdministrativeUnits, (context) =>
    entityResponse(context, administrativeUnitType, administrativeUnitOr404(context.tenant, context.params['unit-id']!), 'directory/administrativeUnits'),
  ),
  route('PATCH', 'directory/administrativeUnits/{unit-id}', SCOPES.writeAdministrativeUnits, (context) => {
    context.send({ type: 'administrativeUnit.update', administrativeUnitId: unitId(context), ...unitBody(context.request.body) });
    return noContent();
  }),
  route('DELETE', 'directory/administrativeUnits/{unit-id}', SCOPES.writeAdministrativeUnits, (context) => {
    context.send({ type: 'administrativeUnit.delete', administrativeUnitId: unitId(context) });
    return noContent();
  }),
  route('GET', 'directory/administrativeUnits/{unit-id}/members', SCOPES.readAdministrativeUnits, (context) =>
    listResponse(context, { type: directoryObjectType, items: memberList(context, administrativeUnitOr404(context.tenant, context.params['unit-id']!).memberIds), contextPath: 'directoryObjects' }),
  ),
  route('POST', 'directory/administrativeUnits/{unit-id}/members/$ref', SCOPES.writeAdministrativeUnits, (context) => {
    context.send({ type: 'administrativeUnit.addMembers', administrativeUnitId: unitId(context), memberIds: [referenceBodyId(context.request.body)] });
    return noContent();
  }),
  route('DELETE', 'directory/administrativeUnits/{unit-id}/members/{member-id}/$ref', SCOPES.writeAdministrativeUnits, (context) => {
    context.send({ type: 'administrativeUnit.removeMember', administrativeUnitId: unitId(context), memberId: context.params['member-id']! });
    return noContent();
  }),
];
