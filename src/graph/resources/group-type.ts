import type * as Graph from '@microsoft/microsoft-graph-types';
import type { Group, OrgContact } from '../../tenant';
import type { FilterSpec, ScalarSpec } from '../odata/filter-schema';
import type { ResourceType, Serialized } from '../odata/resource-type';
import { filterSchema } from './user-type';
import { memberObjects, ownerObjects } from './relations';

export function serializeGroup(group: Group): Graph.Group {
  return {
    id: group.id,
    deletedDateTime: group.deletedDateTime,
    createdDateTime: group.createdDateTime,
    description: group.description,
    displayName: group.displayName,
    groupTypes: [...group.groupTypes],
    isAssignableToRole: group.isAssignableToRole,
    mail: group.mail,
    mailEnabled: group.mailEnabled,
    mailNickname: group.mailNickname,
    membershipRule: group.membershipRule,
    membershipRuleProcessingState: group.membershipRuleProcessingState,
    securityEnabled: group.securityEnabled,
    visibility: group.visibility,
    assignedLicenses: group.assignedLicenses.map((license) => ({ skuId: license.skuId, disabledPlans: [...license.disabledPlans] })),
  };
}

export const GROUP_DEFAULT_PROPERTIES = [
  'id',
  'deletedDateTime',
  'createdDateTime',
  'description',
  'displayName',
  'groupTypes',
  'isAssignableToRole',
  'mail',
  'mailEnabled',
  'mailNickname',
  'membershipRule',
  'membershipRuleProcessingState',
  'securityEnabled',
  'visibility',
] as const;

export const GROUP_PROPERTIES: readonly string[] = [...GROUP_DEFAULT_PROPERTIES, 'assignedLicenses'];

function groupText(name: 'displayName' | 'mail' | 'mailNickname' | 'description', advanced = false): ScalarSpec<Group> {
  const support = advanced ? 'advanced' : 'default';
  return { kind: 'scalar', name, type: 'string', get: (group) => group[name], eq: support, startsWith: support };
}

const GROUP_FILTERS: FilterSpec<Group>[] = [
  groupText('displayName'),
  groupText('mail'),
  groupText('mailNickname'),
  groupText('description', true),
  { kind: 'scalar', name: 'id', type: 'string', get: (group) => group.id, eq: 'default' },
  { kind: 'scalar', name: 'mailEnabled', type: 'boolean', get: (group) => group.mailEnabled, eq: 'default' },
  { kind: 'scalar', name: 'securityEnabled', type: 'boolean', get: (group) => group.securityEnabled, eq: 'default' },
  { kind: 'scalar', name: 'isAssignableToRole', type: 'boolean', get: (group) => group.isAssignableToRole, eq: 'default' },
  { kind: 'scalar', name: 'membershipRuleProcessingState', type: 'string', get: (group) => group.membershipRuleProcessingState, eq: 'default' },
  {
    kind: 'collection',
    name: 'groupTypes',
    items: (group) => group.groupTypes,
    item: { kind: 'scalar', name: 'groupTypes', type: 'string', get: (value) => value as string, eq: 'default' },
    any: 'default',
    count: 'advanced',
  },
  {
    kind: 'collection',
    name: 'assignedLicenses',
    items: (group) => group.assignedLicenses,
    itemProperties: { skuid: { kind: 'scalar', name: 'skuId', type: 'guid', get: (license) => (license as Group['assignedLicenses'][number]).skuId, eq: 'advanced' } },
    any: 'advanced',
    count: 'advanced',
  },
];

export const groupType: ResourceType<Group> = {
  typeName: 'microsoft.graph.group',
  filter: filterSchema('Group', 'microsoft.graph.group', GROUP_FILTERS, GROUP_PROPERTIES),
  orderBy: {
    displayname: { name: 'displayName', key: (group) => group.displayName, support: 'default' },
    deleteddatetime: { name: 'deletedDateTime', key: (group) => group.deletedDateTime, support: 'advanced' },
  },
  search: {
    displayname: { name: 'displayName', get: (group) => group.displayName, tokenized: true },
    description: { name: 'description', get: (group) => group.description, tokenized: true },
    mail: { name: 'mail', get: (group) => group.mail, tokenized: false },
    mailnickname: { name: 'mailNickname', get: (group) => group.mailNickname, tokenized: false },
  },
  defaultProperties: GROUP_DEFAULT_PROPERTIES,
  properties: GROUP_PROPERTIES,
  serialize: (group) => serializeGroup(group) as Serialized,
  expand: {
    members: { name: 'members', value: (group, context) => memberObjects(context, group).slice(0, 20) },
    owners: { name: 'owners', value: (group, context) => ownerObjects(context, group).slice(0, 20) },
  },
  paging: { defaultSize: 100, maxSize: 999 },
};

export function serializeContact(contact: OrgContact): Graph.OrgContact {
  return {
    id: contact.id,
    displayName: contact.displayName,
    givenName: contact.givenName,
    surname: contact.surname,
    mail: contact.mail,
    mailNickname: contact.mailNickname,
    proxyAddresses: [...contact.proxyAddresses],
    companyName: contact.companyName,
    jobTitle: contact.jobTitle,
    department: contact.department,
  };
}
