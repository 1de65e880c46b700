/** Graph's licenseUnitsDetail: the seats of a subscription by state. */
export interface LicenseUnitsDetail {
  readonly enabled: number;
  readonly suspended: number;
  readonly warning: number;
  readonly lockedOut: number;
}

export type SubscriptionCapabilityStatus = 'Enabled' | 'Warning' | 'Suspended' | 'Deleted' | 'LockedOut';

export interface ServicePlanInfo {
  readonly servicePlanId: string;
  readonly servicePlanName: string;
  readonly provisioningStatus: 'Success' | 'Disabled' | 'Error' | 'PendingInput' | 'PendingActivation' | 'PendingProvisioning';
  readonly appliesTo: 'User' | 'Company';
}

/** Graph's subscribedSku: a product the tenant holds, with its purchased and consumed seats. */
export interface SubscribedSku {
  /** Graph forms it as `<tenantId>_<skuId>`. */
  readonly id: string;
  readonly skuId: string;
  readonly skuPartNumber: string;
  readonly appliesTo: 'User' | 'Company';
  readonly capabilityStatus: SubscriptionCapabilityStatus;
  readonly consumedUnits: number;
  readonly prepaidUnits: LicenseUnitsDetail;
  readonly servicePlans: readonly ServicePlanInfo[];
  /** Sandbox bookkeeping the admin center shows on Your products. */
  readonly isTrial: boolean;
  readonly createdDateTime: string;
}
