import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { adminPaths } from '../paths';

const ActiveGroupsPage = lazy(() => import('./active-teams-and-groups/ActiveGroupsPage'));

/** Teams & groups: Active teams & groups (a group's details pane over it) and Deleted groups. */
export const teamsAndGroupsRoutes = {
  activeGroups: page(adminPaths.activeGroups, 'Active teams & groups', ActiveGroupsPage),
  groupDetails: page(`${adminPaths.activeGroups}/:groupId`, 'Active teams & groups', ActiveGroupsPage),
  deletedGroups: page(adminPaths.deletedGroups, 'Deleted groups', lazy(() => import('./deleted-groups/DeletedGroupsPage'))),
};
