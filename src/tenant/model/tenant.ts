import type { Collection } from '../collection';
import type { IdGenerator } from '../ids';
import type { SimulatedClock } from '../clock';
import type { AdministrativeUnit } from '../areas/roles/model/administrative-unit';
import type { AuditLog } from './audit';
import type { OrgContact } from '../areas/directory/model/contact';
import type { DnsZone } from '../areas/domains/model/dns';
import type { Domain } from '../areas/domains/model/domain';
import type { DeletedMemberships, Group } from '../areas/directory/model/group';
import type { CompanySubscription, SubscribedSku } from '../areas/licensing/model/license';
import type { Organization } from './organization';
import type {
  RoleAssignmentScheduleInstance,
  RoleAssignmentScheduleRequest,
  RoleEligibilitySchedule,
  RoleManagementPolicy,
} from '../areas/roles/model/pim';
import type { ScheduledProcess } from './process';
import type { RoleAssignment } from '../areas/roles/model/role';
import type { User } from '../areas/directory/model/user';

export const TENANT_SCHEMA_VERSION = 2;

/** Users, groups and contacts, active and soft-deleted. */
export interface DirectorySlice {
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
}

/** What the organization bought: subscribed SKUs and the subscriptions behind them. */
export interface LicensingSlice {
  readonly subscribedSkus: Collection<SubscribedSku>;
  /** The commercial subscriptions behind the subscribed SKUs (Graph's directory/subscriptions). */
  readonly subscriptions: Collection<CompanySubscription>;
}

/** Role assignments, administrative units and Privileged Identity Management. */
export interface RolesSlice {
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
}

/** The tenant's domains, and the simulated public DNS where their records are published. */
export interface DomainsSlice {
  readonly domains: Collection<Domain>;
  /** The simulated public DNS: zones at the learner's registrar, outside the directory. */
  readonly dnsZones: Collection<DnsZone>;
}

/**
 * The whole simulated tenant. Plain data only, so it can be frozen, diffed, serialised and
 * replayed. Built-in role definitions are not here: they are static catalog data.
 */
export interface Tenant {
  readonly schemaVersion: typeof TENANT_SCHEMA_VERSION;
  readonly organization: Organization;
  readonly clock: SimulatedClock;
  readonly ids: IdGenerator;
  readonly directory: DirectorySlice;
  readonly licensing: LicensingSlice;
  readonly roles: RolesSlice;
  readonly domains: DomainsSlice;
  readonly scheduledProcesses: Collection<ScheduledProcess>;
  readonly auditLog: AuditLog;
}
