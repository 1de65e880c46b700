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
  /** Sandbox bookkeeping the admin center shows on Your products: every live subscription of it is a trial. */
  readonly isTrial: boolean;
  readonly createdDateTime: string;
}

/** Graph's companySubscription status: where the subscription is in its lifecycle. */
export type CompanySubscriptionStatus = 'Enabled' | 'Warning' | 'Suspended' | 'Deleted' | 'LockedOut';

/**
 * Graph's companySubscription (`GET /directory/subscriptions`): one commercial subscription to a
 * product. A subscribedSku sums the subscriptions of its product: a paid subscription and a trial
 * of the same product are two subscriptions behind one subscribedSku.
 */
export interface CompanySubscription {
  readonly id: string;
  readonly skuId: string;
  readonly skuPartNumber: string;
  /** Enabled = Active; Warning = Expired (grace); Suspended = Disabled; Deleted. */
  readonly status: CompanySubscriptionStatus;
  readonly totalLicenses: number;
  readonly isTrial: boolean;
  readonly createdDateTime: string;
  /**
   * When the subscription moves to its next lifecycle status, or null while it simply renews
   * (a paid subscription with recurring billing) or has reached Deleted.
   */
  readonly nextLifecycleDateTime: string | null;
}
