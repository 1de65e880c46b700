/** A service plan inside a product, as Microsoft's licensing table names it. */
export interface ServicePlanDefinition {
  readonly servicePlanId: string;
  readonly servicePlanName: string;
  /** The friendly name Microsoft prints beside the plan. */
  readonly displayName: string;
}

/** A license product (Graph's subscribedSku without the tenant's counts). */
export interface SkuDefinition {
  readonly skuId: string;
  readonly skuPartNumber: string;
  /** The product name the admin center shows, e.g. "Microsoft 365 E5". */
  readonly displayName: string;
  readonly appliesTo: 'User' | 'Company';
  readonly servicePlans: readonly ServicePlanDefinition[];
}

/** An Entra built-in role (Graph's unifiedRoleDefinition for a built-in template). */
export interface RoleTemplate {
  /** The role template id, which is also the role definition id of a built-in role. */
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly isPrivileged: boolean;
  /** Graph's rolePermissions[].allowedResourceActions, flattened. */
  readonly allowedResourceActions: readonly string[];
}
