import type { ResourceType } from '../odata/resource-type';
import { GROUP_PROPERTIES } from './group-type';
import { CONTACT_PROPERTIES, defaultsOf, ROLE_PROPERTIES, serializeRelated, UNIT_PROPERTIES, type RelatedObject } from './relations';
import { USER_PROPERTIES } from './user-type';

/** Graph's directoryObject collections: the union of the member types' properties may be selected. */
export const directoryObjectType: ResourceType<RelatedObject> = {
  typeName: 'microsoft.graph.directoryObject',
  defaultProperties: ['id'],
  defaultPropertiesOf: defaultsOf,
  properties: [...new Set([...USER_PROPERTIES, ...GROUP_PROPERTIES, ...CONTACT_PROPERTIES, ...ROLE_PROPERTIES, ...UNIT_PROPERTIES])],
  serialize: serializeRelated,
  paging: { defaultSize: 100, maxSize: 999 },
};

