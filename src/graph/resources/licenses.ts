import type * as Graph from '@microsoft/microsoft-graph-types';
import { entities, getById, skuById, type AssignedLicense, type SubscribedSku, type Tenant, type User } from '../../tenant';
import type { GraphContext } from '../context';
import { invalidProperty, resourceNotFound } from '../errors';
import { entityResponse, listResponse } from '../odata/collection';
import type { ResourceType, Serialized } from '../odata/resource-type';
import { SCOPES } from '../permissions';
import { ok } from '../response';
import { route, type Route } from '../route';
import { bodyObject, groupOr404, userOr404 } from './lookup';
import { serializeGroup } from './group-type';
import { serializeUser } from './user-type';

export function serializeSubscribedSku(tenant: Tenant, sku: SubscribedSku): Graph.SubscribedSku {
  return {
    id: sku.id,
    accountId: tenant.organization.id,
    accountName: tenant.organization.displayName,
    appliesTo: sku.appliesTo,
    capabilityStatus: sku.capabilityStatus,
    consumedUnits: sku.consumedUnits,
    prepaidUnits: { enabled: sku.prepaidUnits.enabled, suspended: sku.prepaidUnits.suspended, warning: sku.prepaidUnits.warning, lockedOut: sku.prepaidUnits.lockedOut },
    servicePlans: sku.servicePlans.map((plan) => ({
      servicePlanId: plan.servicePlanId,
      servicePlanName: plan.servicePlanName,
      provisioningStatus: plan.provisioningStatus,
      appliesTo: plan.appliesTo,
    })),
    skuId: sku.skuId,
    skuPartNumber: sku.skuPartNumber,
    subscriptionIds: [...entities(tenant.licensing.subscriptions)].filter((subscription) => subscription.skuId === sku.skuId).map((subscription) => subscription.id),
  };
}

const SKU_PROPERTIES = ['id', 'accountId', 'accountName', 'appliesTo', 'capabilityStatus', 'consumedUnits', 'prepaidUnits', 'servicePlans', 'skuId', 'skuPartNumber', 'subscriptionIds'];

const subscribedSkuType: ResourceType<SubscribedSku> = {
  typeName: 'microsoft.graph.subscribedSku',
  defaultProperties: SKU_PROPERTIES,
  properties: SKU_PROPERTIES,
  serialize: (sku, context) => serializeSubscribedSku(context.tenant, sku) as Serialized,
};

/** A user's licenses as Graph's licenseDetails lists them: direct and group-inherited, with each plan's state. */
export function licenseDetailsOf(user: User): Graph.LicenseDetails[] {
  const seen = new Set<string>();
  const details: Graph.LicenseDetails[] = [];
  for (const license of [...user.assignedLicenses, ...user.licenseAssignmentStates]) {
    if (seen.has(license.skuId)) continue;
    seen.add(license.skuId);
    const sku = skuById(license.skuId);
    const disabled = new Set(license.disabledPlans);
    details.push({
      // Graph's ids here are opaque strings; the sandbox's name the user and the product.
      id: `${user.id}_${license.skuId}`,
      skuId: license.skuId,
      skuPartNumber: sku?.skuPartNumber ?? null,
      servicePlans: (sku?.servicePlans ?? []).map((plan) => ({
        servicePlanId: plan.servicePlanId,
        servicePlanName: plan.servicePlanName,
        provisioningStatus: disabled.has(plan.servicePlanId) ? 'Disabled' : 'Success',
        appliesTo: 'User',
      })),
    });
  }
  return details;
}

const LICENSE_DETAILS_PROPERTIES = ['id', 'skuId', 'skuPartNumber', 'servicePlans'];

const licenseDetailsType: ResourceType<Graph.LicenseDetails> = {
  typeName: 'microsoft.graph.licenseDetails',
  defaultProperties: LICENSE_DETAILS_PROPERTIES,
  properties: LICENSE_DETAILS_PROPERTIES,
  serialize: (details) => details as Serialized,
};

function invalidLicenseBody(property: string): Error {
  return invalidProperty(property, 'assignLicense');
}

/** `{ addLicenses: [{ skuId, disabledPlans }], removeLicenses: [skuId] }`; both lists are required, either may be empty. */
export function licenseChanges(body: unknown): { addLicenses: AssignedLicense[]; removeLicenses: string[] } {
  const object = bodyObject(body);
  const { addLicenses, removeLicenses } = object;
  if (!Array.isArray(addLicenses)) throw invalidLicenseBody('addLicenses');
  if (!Array.isArray(removeLicenses) || removeLicenses.some((skuId) => typeof skuId !== 'string')) throw invalidLicenseBody('removeLicenses');
  const adds = addLicenses.map((license) => {
    if (typeof license !== 'object' || license === null) throw invalidLicenseBody('addLicenses');
    const { skuId, disabledPlans = [] } = license as Record<string, unknown>;
    if (typeof skuId !== 'string' || !Array.isArray(disabledPlans) || disabledPlans.some((plan) => typeof plan !== 'string')) throw invalidLicenseBody('addLicenses');
    return { skuId: skuId.toLowerCase(), disabledPlans: (disabledPlans as string[]).map((plan) => plan.toLowerCase()) };
  });
  return { addLicenses: adds, removeLicenses: (removeLicenses as string[]).map((skuId) => skuId.toLowerCase()) };
}

function myLicenseDetails(context: GraphContext) {
  const user = userOr404(context.tenant, context.signedInUserId);
  return listResponse(context, { type: licenseDetailsType, items: licenseDetailsOf(user), contextPath: `users('${user.id}')/licenseDetails` });
}

export const licenseRoutes: readonly Route[] = [
  route('GET', 'subscribedSkus', SCOPES.readSubscribedSkus, (context) =>
    listResponse(context, { type: subscribedSkuType, items: [...entities(context.tenant.licensing.subscribedSkus)], contextPath: 'subscribedSkus' }),
  ),
  route('GET', 'subscribedSkus/{subscribedSku-id}', SCOPES.readSubscribedSkus, (context) => {
    const id = context.params['subscribedSku-id']!;
    const sku = getById(context.tenant.licensing.subscribedSkus, id);
    if (!sku) throw resourceNotFound(id);
    return entityResponse(context, subscribedSkuType, sku, 'subscribedSkus');
  }),
  route('GET', 'users/{user-id}/licenseDetails', SCOPES.readLicenseDetails, (context) => {
    const user = userOr404(context.tenant, context.params['user-id']!);
    return listResponse(context, { type: licenseDetailsType, items: licenseDetailsOf(user), contextPath: `users('${user.id}')/licenseDetails` });
  }),
  route('GET', 'me/licenseDetails', SCOPES.readMyLicenseDetails, myLicenseDetails),
  route('POST', 'users/{user-id}/assignLicense', SCOPES.assignLicense, (context) => {
    const userId = userOr404(context.tenant, context.params['user-id']!).id;
    const { tenant } = context.send({ type: 'user.assignLicense', userId, ...licenseChanges(context.request.body) });
    const user = userOr404(tenant, userId);
    return ok({ '@odata.context': `${context.serviceRoot}/$metadata#users/$entity`, ...serializeUser(user) });
  }),
  route('POST', 'groups/{group-id}/assignLicense', SCOPES.writeGroups, (context) => {
    const groupId = groupOr404(context.tenant, context.params['group-id']!).id;
    const { tenant } = context.send({ type: 'group.assignLicense', groupId, ...licenseChanges(context.request.body) });
    return ok({ '@odata.context': `${context.serviceRoot}/$metadata#groups/$entity`, ...serializeGroup(groupOr404(tenant, groupId)) });
  }),
];
