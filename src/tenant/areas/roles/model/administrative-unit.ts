/**
 * Graph's administrativeUnit: a container of users and groups that role assignments can be scoped
 * to. Administrative units don't nest. The sandbox keeps assigned membership only (no dynamic
 * rules), as the Microsoft 365 admin center does.
 */
export interface AdministrativeUnit {
  readonly id: string;
  readonly displayName: string;
  readonly description: string | null;
  /**
   * A restricted management unit: only admins assigned at its own scope may change its members'
   * directory properties. Set at creation and never changed afterwards.
   */
  readonly isMemberManagementRestricted: boolean;
  readonly membershipType: 'Assigned';
  readonly createdDateTime: string;
  /** Ids of member users and groups; a group brings only itself into scope, not its members. */
  readonly memberIds: readonly string[];
}
