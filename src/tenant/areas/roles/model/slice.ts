import { emptyCollection, type Collection } from '../../../collection';
import type { AdministrativeUnit } from './administrative-unit';
import type { RoleAssignmentScheduleInstance, RoleAssignmentScheduleRequest, RoleEligibilitySchedule, RoleManagementPolicy } from './pim';
import type { RoleAssignment } from './role';

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

export function emptyRoles(): RolesSlice {
  return {
    roleAssignments: emptyCollection(),
    administrativeUnits: emptyCollection(),
    roleEligibilitySchedules: emptyCollection(),
    roleAssignmentScheduleInstances: emptyCollection(),
    roleAssignmentScheduleRequests: emptyCollection(),
    roleManagementPolicies: emptyCollection(),
  };
}
