import type { RuleObjectType } from './ast';

/**
 * The properties a dynamic membership rule may name, as Entra's rule reference lists them
 * (entra-docs `groups-dynamic-membership.md`). Names are case-sensitive.
 */
export type RulePropertyType = 'boolean' | 'string' | 'dateTime' | 'stringCollection' | 'assignedPlans' | 'memberOf';

export interface RulePropertyDefinition {
  readonly object: RuleObjectType;
  readonly name: string;
  readonly type: RulePropertyType;
}

const USER_PROPERTY_TYPES: Readonly<Record<string, RulePropertyType>> = {
  accountEnabled: 'boolean',
  dirSyncEnabled: 'boolean',
  employeeHireDate: 'dateTime',
  city: 'string',
  country: 'string',
  companyName: 'string',
  department: 'string',
  displayName: 'string',
  employeeId: 'string',
  facsimileTelephoneNumber: 'string',
  givenName: 'string',
  jobTitle: 'string',
  mail: 'string',
  mailNickName: 'string',
  mobile: 'string',
  objectId: 'string',
  onPremisesDistinguishedName: 'string',
  onPremisesSecurityIdentifier: 'string',
  passwordPolicies: 'string',
  physicalDeliveryOfficeName: 'string',
  postalCode: 'string',
  preferredLanguage: 'string',
  sipProxyAddress: 'string',
  state: 'string',
  streetAddress: 'string',
  surname: 'string',
  telephoneNumber: 'string',
  usageLocation: 'string',
  userPrincipalName: 'string',
  userType: 'string',
  otherMails: 'stringCollection',
  proxyAddresses: 'stringCollection',
  assignedPlans: 'assignedPlans',
  memberOf: 'memberOf',
};

const DEVICE_PROPERTY_TYPES: Readonly<Record<string, RulePropertyType>> = {
  accountEnabled: 'boolean',
  deviceCategory: 'string',
  deviceId: 'string',
  deviceManagementAppId: 'string',
  deviceManufacturer: 'string',
  deviceModel: 'string',
  displayName: 'string',
  deviceOSType: 'string',
  deviceOSVersion: 'string',
  deviceOwnership: 'string',
  devicePhysicalIds: 'stringCollection',
  deviceTrustType: 'string',
  enrollmentProfileName: 'string',
  isRooted: 'boolean',
  managementType: 'string',
  memberOf: 'memberOf',
  objectId: 'string',
  profileType: 'string',
  systemLabels: 'stringCollection',
};

/**
 * Spellings Microsoft's own examples use beside the listed name (`user.mailNickname -endsWith
 * "-vendor"`, `user.employeehiredate -ge system.now -plus p1d`, `user.memberof -any (...)`,
 * `device.devicePhysicalIDs -any ...`). A learner who copies an example from Learn should not be
 * told it is wrong, so these exact spellings are accepted and stored under the listed name;
 * every other case variant is an error.
 */
const DOCUMENTED_SPELLINGS: Readonly<Record<RuleObjectType, Readonly<Record<string, string>>>> = {
  user: { mailNickname: 'mailNickName', employeehiredate: 'employeeHireDate', memberof: 'memberOf' },
  device: { devicePhysicalIDs: 'devicePhysicalIds', memberof: 'memberOf' },
};

const EXTENSION_ATTRIBUTE = /^extensionAttribute(?:[1-9]|1[0-5])$/;
/** `extension_<application id without dashes>_<name>`: a custom extension property, a string. */
const CUSTOM_EXTENSION = /^extension_[0-9A-Za-z]{32}_[A-Za-z0-9_]+$/;

/** The properties of items inside `assignedPlans -any (...)`, all strings. */
export const ASSIGNED_PLAN_PROPERTIES: readonly string[] = ['servicePlanId', 'service', 'capabilityStatus'];

function typesOf(object: RuleObjectType): Readonly<Record<string, RulePropertyType>> {
  return object === 'user' ? USER_PROPERTY_TYPES : DEVICE_PROPERTY_TYPES;
}

/** The property a rule names, under its listed spelling, or undefined when rules don't support it. */
export function lookupRuleProperty(object: RuleObjectType, name: string): RulePropertyDefinition | undefined {
  const types = typesOf(object);
  const listed = Object.hasOwn(types, name) ? name : DOCUMENTED_SPELLINGS[object][name];
  if (listed !== undefined && Object.hasOwn(types, listed)) return { object, name: listed, type: types[listed]! };
  if (EXTENSION_ATTRIBUTE.test(name) || (object === 'user' && CUSTOM_EXTENSION.test(name))) return { object, name, type: 'string' };
  return undefined;
}

/** Every listed property of users or devices (without the numbered and custom extensions). */
export function ruleProperties(object: RuleObjectType): readonly RulePropertyDefinition[] {
  return Object.entries(typesOf(object)).map(([name, type]) => ({ object, name, type }));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The supported property a misspelt or wrongly cased name most likely meant. */
export function suggestRuleProperty(object: RuleObjectType, name: string): string | undefined {
  const lower = name.toLowerCase();
  const candidates = Object.keys(typesOf(object));
  const sameLetters = candidates.find((candidate) => candidate.toLowerCase() === lower);
  if (sameLetters !== undefined) return sameLetters;
  const numbered = /^extensionattribute(\d+)$/.exec(lower);
  if (numbered) return EXTENSION_ATTRIBUTE.test(`extensionAttribute${numbered[1]}`) ? `extensionAttribute${numbered[1]}` : undefined;
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
