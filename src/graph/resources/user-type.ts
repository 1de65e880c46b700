import type * as Graph from '@microsoft/microsoft-graph-types';
import type { AssignedLicense, User } from '../../tenant';
import type { CollectionSpec, FilterSchema, FilterSpec, ScalarSpec, Support } from '../odata/filter-schema';
import type { ResourceType, Serialized } from '../odata/resource-type';
import { managerOf, memberOfObjects } from './relations';

/** The properties `GET /users` returns without $select, as Graph documents them. */
export const USER_DEFAULT_PROPERTIES = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
] as const;

export function serializeUser(user: User): Graph.User {
  return {
    businessPhones: [...user.businessPhones],
    displayName: user.displayName,
    givenName: user.givenName ?? null,
    jobTitle: user.jobTitle ?? null,
    mail: user.mail,
    mobilePhone: user.mobilePhone ?? null,
    officeLocation: user.officeLocation ?? null,
    preferredLanguage: user.preferredLanguage ?? null,
    surname: user.surname ?? null,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
    accountEnabled: user.accountEnabled,
    assignedLicenses: user.assignedLicenses.map((license) => ({ skuId: license.skuId, disabledPlans: [...license.disabledPlans] })),
    city: user.city ?? null,
    companyName: user.companyName ?? null,
    country: user.country ?? null,
    createdDateTime: user.createdDateTime,
    creationType: user.creationType ?? null,
    deletedDateTime: user.deletedDateTime,
    department: user.department ?? null,
    employeeId: user.employeeId ?? null,
    externalUserState: user.externalUserState ?? null,
    faxNumber: user.faxNumber ?? null,
    lastPasswordChangeDateTime: user.lastPasswordChangeDateTime,
    licenseAssignmentStates: user.licenseAssignmentStates.map((state) => ({
      assignedByGroup: state.assignedByGroup,
      disabledPlans: [...state.disabledPlans],
      error: state.error,
      lastUpdatedDateTime: state.lastUpdatedDateTime,
      skuId: state.skuId,
      state: state.state,
    })),
    mailNickname: user.mailNickname,
    onPremisesSyncEnabled: user.onPremisesSyncEnabled,
    otherMails: [...user.otherMails],
    // Graph never returns a password; the profile reads as null.
    passwordProfile: null,
    postalCode: user.postalCode ?? null,
    proxyAddresses: [...user.proxyAddresses],
    signInSessionsValidFromDateTime: user.signInSessionsValidFromDateTime,
    state: user.state ?? null,
    streetAddress: user.streetAddress ?? null,
    usageLocation: user.usageLocation,
    userType: user.userType,
  };
}

function text(name: keyof User & string, support: { eq?: Support; startsWith?: Support; endsWith?: Support }): ScalarSpec<User> {
  return { kind: 'scalar', name, type: 'string', get: (user) => (user[name] as string | null | undefined) ?? null, ...support };
}

const DEFAULT_TEXT = { eq: 'default', startsWith: 'default' } as const;
const ADVANCED_TEXT = { eq: 'advanced', startsWith: 'advanced' } as const;

const STRING_ITEM = (name: string, support: { startsWith?: Support; endsWith?: Support }): ScalarSpec<unknown> => ({
  kind: 'scalar',
  name,
  type: 'string',
  get: (value) => value as string,
  eq: 'default',
  ...support,
});

const LICENSE_ITEM: Record<string, ScalarSpec<unknown>> = {
  skuid: { kind: 'scalar', name: 'skuId', type: 'guid', get: (license) => (license as AssignedLicense).skuId, eq: 'default' },
};

const USER_FILTERS: FilterSpec<User>[] = [
  text('displayName', DEFAULT_TEXT),
  text('givenName', DEFAULT_TEXT),
  text('surname', DEFAULT_TEXT),
  text('userPrincipalName', { ...DEFAULT_TEXT, endsWith: 'advanced' }),
  text('mail', { ...DEFAULT_TEXT, endsWith: 'advanced' }),
  text('mailNickname', DEFAULT_TEXT),
  text('department', DEFAULT_TEXT),
  text('jobTitle', DEFAULT_TEXT),
  text('city', DEFAULT_TEXT),
  text('country', DEFAULT_TEXT),
  text('state', DEFAULT_TEXT),
  text('usageLocation', DEFAULT_TEXT),
  text('employeeId', DEFAULT_TEXT),
  text('userType', { eq: 'default' }),
  text('companyName', ADVANCED_TEXT),
  text('mobilePhone', ADVANCED_TEXT),
  text('officeLocation', ADVANCED_TEXT),
  text('postalCode', ADVANCED_TEXT),
  text('preferredLanguage', ADVANCED_TEXT),
  { kind: 'scalar', name: 'id', type: 'string', get: (user) => user.id, eq: 'default' },
  { kind: 'scalar', name: 'accountEnabled', type: 'boolean', get: (user) => user.accountEnabled, eq: 'default' },
  { kind: 'scalar', name: 'onPremisesSyncEnabled', type: 'boolean', get: (user) => user.onPremisesSyncEnabled, eq: 'default', eqNull: 'default' },
  { kind: 'scalar', name: 'createdDateTime', type: 'datetime', get: (user) => user.createdDateTime, range: 'default', eq: 'advanced' },
  { kind: 'collection', name: 'assignedLicenses', items: (user) => user.assignedLicenses, itemProperties: LICENSE_ITEM, any: 'default', count: 'advanced' },
  { kind: 'collection', name: 'otherMails', items: (user) => user.otherMails, item: STRING_ITEM('otherMails', { startsWith: 'default', endsWith: 'advanced' }), any: 'default', count: 'advanced' },
  { kind: 'collection', name: 'proxyAddresses', items: (user) => user.proxyAddresses, item: STRING_ITEM('proxyAddresses', { startsWith: 'default', endsWith: 'advanced' }), any: 'default', count: 'advanced' },
  { kind: 'collection', name: 'businessPhones', items: (user) => user.businessPhones, item: STRING_ITEM('businessPhones', {}), any: 'advanced', count: 'advanced' } satisfies CollectionSpec<User>,
];

export const USER_PROPERTIES: readonly string[] = Object.keys(serializeUser({ businessPhones: [], otherMails: [], proxyAddresses: [], assignedLicenses: [], licenseAssignmentStates: [] } as unknown as User));

export function filterSchema<T>(resource: string, typeName: string, specs: readonly FilterSpec<T>[], properties: readonly string[], directoryObject = true): FilterSchema<T> {
  return {
    resource,
    typeName,
    directoryObject,
    properties: Object.fromEntries(specs.map((spec) => [spec.name.toLowerCase(), spec])),
    knownProperties: new Set(properties.map((name) => name.toLowerCase())),
  };
}

export const userType: ResourceType<User> = {
  typeName: 'microsoft.graph.user',
  filter: filterSchema('User', 'microsoft.graph.user', USER_FILTERS, USER_PROPERTIES),
  orderBy: {
    displayname: { name: 'displayName', key: (user) => user.displayName, support: 'default' },
    userprincipalname: { name: 'userPrincipalName', key: (user) => user.userPrincipalName, support: 'default' },
    createddatetime: { name: 'createdDateTime', key: (user) => user.createdDateTime, support: 'advanced' },
  },
  search: {
    displayname: { name: 'displayName', get: (user) => user.displayName, tokenized: true },
    userprincipalname: { name: 'userPrincipalName', get: (user) => user.userPrincipalName, tokenized: false },
    mail: { name: 'mail', get: (user) => user.mail, tokenized: false },
    givenname: { name: 'givenName', get: (user) => user.givenName ?? null, tokenized: false },
    surname: { name: 'surname', get: (user) => user.surname ?? null, tokenized: false },
    department: { name: 'department', get: (user) => user.department ?? null, tokenized: false },
    jobtitle: { name: 'jobTitle', get: (user) => user.jobTitle ?? null, tokenized: false },
    mailnickname: { name: 'mailNickname', get: (user) => user.mailNickname, tokenized: false },
  },
  defaultProperties: USER_DEFAULT_PROPERTIES,
  properties: USER_PROPERTIES,
  serialize: (user) => serializeUser(user) as Serialized,
  expand: {
    manager: { name: 'manager', value: (user, context) => managerOf(context, user) },
    memberof: { name: 'memberOf', value: (user, context) => memberOfObjects(context, user.id).slice(0, 20) },
  },
  paging: { defaultSize: 100, maxSize: 999 },
};
