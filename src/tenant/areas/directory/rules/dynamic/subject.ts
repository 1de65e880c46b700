import type * as Graph from '@microsoft/microsoft-graph-types';
import { skuById } from '../../../../catalog';
import type { User } from '../../../../model';
import { serviceOfPlan } from './service-names';

/**
 * The user a rule is evaluated against: our user, plus the Graph properties rules may name that
 * the sandbox does not always hold. Custom extension properties (`extension_<app>_<name>`) are
 * read from the user by name, as Graph puts them on the user itself.
 */
export type DynamicRuleSubject = User &
  Partial<
    Pick<Graph.User, 'employeeHireDate' | 'onPremisesDistinguishedName' | 'onPremisesSecurityIdentifier' | 'passwordPolicies' | 'onPremisesExtensionAttributes'>
  >;

/** An item of Graph's user.assignedPlans, as `assignedPlan.<property>` reads it. */
export interface AssignedPlan {
  readonly servicePlanId: string;
  readonly service: string;
  /** "Deleted" is what Graph reports for a plan turned off in the license (disabledPlans). */
  readonly capabilityStatus: 'Enabled' | 'Deleted';
}

export type StringReader = (subject: DynamicRuleSubject) => string | null | undefined;
export type BooleanReader = (subject: DynamicRuleSubject) => boolean | null | undefined;
export type CollectionReader = (subject: DynamicRuleSubject) => readonly string[];

const plansByUser = new WeakMap<User, readonly AssignedPlan[]>();
/** Users with the same licenses and turned-off plans share one list: most of a tenant holds a few combinations. */
const plansByLicenses = new Map<string, readonly AssignedPlan[]>();

function derivePlans(user: User): readonly AssignedPlan[] {
  const plans = new Map<string, AssignedPlan>();
  for (const license of user.assignedLicenses) {
    const sku = skuById(license.skuId);
    if (!sku) continue;
    for (const plan of sku.servicePlans) {
      const enabled = !license.disabledPlans.includes(plan.servicePlanId);
      // A plan two licenses share is enabled when either license enables it.
      if (plans.get(plan.servicePlanId)?.capabilityStatus === 'Enabled') continue;
      plans.set(plan.servicePlanId, { servicePlanId: plan.servicePlanId, service: serviceOfPlan(plan.servicePlanName), capabilityStatus: enabled ? 'Enabled' : 'Deleted' });
    }
  }
  return [...plans.values()];
}

/**
 * The service plans a user's licenses give them. Committed users never change (a change makes a
 * new object), so the list is looked up once per user object and kept until the object is gone.
 */
export function assignedPlansOf(user: User): readonly AssignedPlan[] {
  const cached = plansByUser.get(user);
  if (cached) return cached;
  let key = '';
  for (const license of user.assignedLicenses) key += `${license.skuId}:${license.disabledPlans.join(',')};`;
  let plans = plansByLicenses.get(key);
  if (!plans) {
    plans = derivePlans(user);
    plansByLicenses.set(key, plans);
  }
  plansByUser.set(user, plans);
  return plans;
}

/**
 * The SIP address Teams and Skype sign in with: the `SIP:` entry of proxyAddresses, without the
 * prefix (the directory keeps it as its own attribute; the sandbox keeps it among the addresses).
 */
function sipProxyAddress(subject: DynamicRuleSubject): string | null {
  for (const address of subject.proxyAddresses) if (/^sip:/i.test(address)) return address.slice(4);
  return null;
}

/** Rule property → our model, where the rule language uses the directory's older names. */
const USER_STRINGS: Readonly<Record<string, StringReader>> = {
  city: (s) => s.city,
  country: (s) => s.country,
  companyName: (s) => s.companyName,
  department: (s) => s.department,
  displayName: (s) => s.displayName,
  employeeId: (s) => s.employeeId,
  facsimileTelephoneNumber: (s) => s.faxNumber,
  givenName: (s) => s.givenName,
  jobTitle: (s) => s.jobTitle,
  mail: (s) => s.mail,
  mailNickName: (s) => s.mailNickname,
  mobile: (s) => s.mobilePhone,
  objectId: (s) => s.id,
  onPremisesDistinguishedName: (s) => s.onPremisesDistinguishedName,
  onPremisesSecurityIdentifier: (s) => s.onPremisesSecurityIdentifier,
  passwordPolicies: (s) => s.passwordPolicies,
  physicalDeliveryOfficeName: (s) => s.officeLocation,
  postalCode: (s) => s.postalCode,
  preferredLanguage: (s) => s.preferredLanguage,
  sipProxyAddress,
  state: (s) => s.state,
  streetAddress: (s) => s.streetAddress,
  surname: (s) => s.surname,
  telephoneNumber: (s) => s.businessPhones[0],
  usageLocation: (s) => s.usageLocation,
  userPrincipalName: (s) => s.userPrincipalName,
  userType: (s) => s.userType,
};

/** Reads a string property of a user rule (the parser has checked the name). */
export function userStringReader(name: string): StringReader {
  if (Object.hasOwn(USER_STRINGS, name)) return USER_STRINGS[name]!;
  if (name.startsWith('extensionAttribute')) {
    const key = name as keyof Graph.OnPremisesExtensionAttributes;
    return (s) => s.onPremisesExtensionAttributes?.[key];
  }
  // extension_<app>_<name>: a property Graph adds to the user under that name.
  return (s) => {
    const value: unknown = (s as unknown as Readonly<Record<string, unknown>>)[name];
    return value === null || value === undefined ? null : String(value);
  };
}

export function userBooleanReader(name: string): BooleanReader {
  return name === 'dirSyncEnabled' ? (s) => s.onPremisesSyncEnabled : (s) => s.accountEnabled;
}

/** employeeHireDate is the only date property. */
export const userDateReader: StringReader = (s) => s.employeeHireDate;

export function userCollectionReader(name: string): CollectionReader {
  return name === 'otherMails' ? (s) => s.otherMails : (s) => s.proxyAddresses;
}
