import type { Collection } from '../collection';
import type { IdGenerator } from '../ids';
import type { SimulatedClock } from '../clock';
import type { AdministrativeUnit } from './administrative-unit';
import type { AuditLog } from './audit';
import type { OrgContact } from './contact';
import type { DnsZone } from './dns';
import type { Domain } from './domain';
import type { DeletedMemberships, Group } from './group';
import type { CompanySubscription, SubscribedSku } from './license';
import type { Organization } from './organization';
import type {
  RoleAssignmentScheduleInstance,
  RoleAssignmentScheduleRequest,
  RoleEligibilitySchedule,
  RoleManagementPolicy,
} from './pim';
import type { ScheduledProcess } from './process';
import type { RoleAssignment } from './role';
import type { User } from './user';

export const TENANT_SCHEMA_VERSION = 1;

/**
 * The whole simulated tenant. Plain data only, so it can be frozen, diffed, serialised and
 * replayed. Built-in role definitions are not here: they are static catalog data.
 */
export interface Tenant {
  readonly schemaVersion: typeof TENANT_SCHEMA_VERSION;
  readonly organization: Organization;
  readonly clock: SimulatedClock;
  readonly ids: IdGenerator;
  readonly domains: Collection<Domain>;
  /** The simulated public DNS: zones at the learner's registrar, outside the directory. */
  readonly dnsZones: Collection<DnsZone>;
  readonly subscribedSkus: Collection<SubscribedSku>;
  /** The commercial subscriptions behind the subscribed SKUs (Graph's directory/subscriptions). */
  readonly subscriptions: Collection<CompanySubscription>;
  readonly users: Collection<User>;
  /** Soft-deleted users (Graph's directory/deletedItems for users). */
  readonly deletedUsers: Collection<User>;
  readonly groups: Collection<Group>;
  /** Soft-deleted Microsoft 365 groups, restorable for 30 days (Entra's Deleted groups). */
  readonly deletedGroups: Collection<Group>;
  /** The group links of soft-deleted users and groups, kept so a restore brings them back. */
  readonly deletedMemberships: Collection<DeletedMemberships>;
  /** Mail contacts (Graph's orgContact). */
  readonly contacts: Collection<OrgContact>;
  readonly roleAssignments: Collection<RoleAssignment>;
  readonly administrativeUnits: Collection<AdministrativeUnit>;
  /** PIM eligible assignments. */
  readonly roleEligibilitySchedules: Collection<RoleEligibilitySchedule>;
  /** PIM activations in force; each ends on the simulated clock. */
  readonly roleAssignmentScheduleInstances: Collection<RoleAssignmentScheduleInstance>;
  /** PIM activation and deactivation requests, pending and past. */
  readonly roleAssignmentScheduleRequests: Collection<RoleAssignmentScheduleRequest>;
  /** PIM role settings that differ from the defaults, one per role. */
  readonly roleManagementPolicies: Collection<RoleManagementPolicy>;
  readonly scheduledProcesses: Collection<ScheduledProcess>;
  readonly auditLog: AuditLog;
}
