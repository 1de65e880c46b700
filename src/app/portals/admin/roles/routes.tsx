import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { adminPaths } from '../paths';

const RoleAssignmentsPage = lazy(() => import('./role-assignments/RoleAssignmentsPage'));
const AdministrativeUnitsPage = lazy(() => import('./administrative-units/AdministrativeUnitsPage'));

/** Roles: Role assignments (a role's flyout over it) and Administrative units (a unit's pane over it). */
export const rolesRoutes = {
  roleAssignments: page(adminPaths.roleAssignments, 'Role assignments', RoleAssignmentsPage),
  roleDetails: page(`${adminPaths.roleAssignments}/:roleId`, 'Role assignments', RoleAssignmentsPage),
  administrativeUnits: page(adminPaths.administrativeUnits, 'Administrative units', AdministrativeUnitsPage),
  administrativeUnitDetails: page(`${adminPaths.administrativeUnits}/:unitId`, 'Administrative units', AdministrativeUnitsPage),
};
