import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { entraPaths } from '../paths';

/** ID Governance: Privileged Identity Management's quick start and its pages. */
export const idGovernanceRoutes = {
  pim: page(entraPaths.pim, 'Privileged Identity Management', lazy(() => import('./pim/PimQuickStartPage'))),
  pimMyRoles: page(entraPaths.pimMyRoles, 'My roles', lazy(() => import('./pim/MyRolesPage'))),
  pimApprovals: page(entraPaths.pimApprovals, 'Approve requests', lazy(() => import('./pim/ApproveRequestsPage'))),
  pimEntraRoles: page(entraPaths.pimEntraRoles, 'Microsoft Entra roles', lazy(() => import('./pim/PimEntraRolesPage'))),
  pimRole: page(`${entraPaths.pimEntraRoles}/:roleId`, 'Microsoft Entra roles', lazy(() => import('./pim/PimRolePage'))),
};
