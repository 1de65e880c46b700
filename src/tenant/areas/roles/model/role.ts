/** Graph's unifiedRoleAssignment: a principal holds a role at a scope (`/` or an administrative unit). */
export interface RoleAssignment {
  readonly id: string;
  readonly principalId: string;
  readonly roleDefinitionId: string;
  /** `/` for the whole tenant, `/administrativeUnits/<id>` for an administrative unit. */
  readonly directoryScopeId: string;
  readonly createdDateTime: string;
}
