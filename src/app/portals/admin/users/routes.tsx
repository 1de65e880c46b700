import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { adminPaths } from '../paths';

// One component for the list and a user's details over it, so the list keeps its search,
// filter and selection while the details flyout opens and closes.
const ActiveUsersPage = lazy(() => import('./active-users/ActiveUsersPage'));

/** Users: Active users (with the add-user wizards), Contacts, Guest users, Deleted users. */
export const usersRoutes = {
  activeUsers: page(adminPaths.activeUsers, 'Active users', ActiveUsersPage),
  userDetails: page(`${adminPaths.activeUsers}/:userId`, 'Active users', ActiveUsersPage),
  addUser: page(adminPaths.addUser, 'Add a user', lazy(() => import('./active-users/add-user/AddUserPage'))),
  addMultipleUsers: page(adminPaths.addMultipleUsers, 'Add multiple users', lazy(() => import('./active-users/add-multiple-users/AddUsersCsvPage'))),
  contacts: page(adminPaths.contacts, 'Contacts', lazy(() => import('./contacts/ContactsPage'))),
  guestUsers: page(adminPaths.guestUsers, 'Guest users', lazy(() => import('./guest-users/GuestUsersPage'))),
  deletedUsers: page(adminPaths.deletedUsers, 'Deleted users', lazy(() => import('./deleted-users/DeletedUsersPage'))),
};
