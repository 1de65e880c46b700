import {
  BuildingMultipleRegular,
  GlobeRegular,
  GridRegular,
  HeadsetRegular,
  HeartPulseRegular,
  HomeRegular,
  PeopleTeamRegular,
  PersonRegular,
  PersonKeyRegular,
  ReceiptRegular,
  SettingsRegular,
  ShieldPersonRegular,
  ShieldTaskRegular,
  WrenchRegular,
  DiamondRegular,
  PeopleRegular,
  ShieldKeyholeRegular,
  CertificateRegular,
} from '@fluentui/react-icons';
import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import type { PageHandle } from './shell/Page';
import { PortalFrame } from './shell/PortalFrame';
import type { NavLinkEntry, PageRoute, Portal } from './shell/portal';
import { RootLayout } from './shell/RootLayout';
import { RouteError } from './shell/RouteError';

/*
 * THE ROUTE TABLE. Every page of both portals is listed here once: its deep link, its title
 * (which is also its nav label, its breadcrumb and its document title), and its page component,
 * loaded lazily so the first load carries only the frame. The nav of each portal is built from
 * these entries below, and `appRoutes` turns them into react-router routes.
 *
 * The real portals use hash links (`/adminportal/home#/users`, `/#view/...`); the sandbox uses
 * plain paths of the same shape, so the browser's back and forward buttons just work.
 *
 * To add a page: add an entry here, point it at `lazy(() => import('./pages/…'))` (a module
 * whose default export renders `<Page>`), and add it to the portal's nav if the portal lists it.
 */

function page(path: string, title: string, component: PageRoute['page']): PageRoute {
  return { path, title, page: component };
}

/** A page the real portal has and the sandbox does not simulate yet; says so plainly. */
function notInLab(path: string, title: string, what: string): PageRoute {
  return page(path, title, function NotInLabPage() {
    return <NotInLab what={what} />;
  });
}

const NotInLab = lazy(() => import('./shell/NotInLab'));
const SearchResultsPage = lazy(() => import('./pages/shared/SearchResultsPage'));
const NotFoundPage = lazy(() => import('./pages/shared/NotFoundPage'));
// One component for the list and a user's details over it, so the list keeps its search,
// filter and selection while the details flyout opens and closes.
const ActiveUsersPage = lazy(() => import('./pages/admin/users/ActiveUsersPage'));
const ActiveGroupsPage = lazy(() => import('./pages/admin/groups/ActiveGroupsPage'));
const EntraAdminUnitsPage = lazy(() => import('./pages/entra/admin-units/EntraAdminUnitsPage'));
const RoleAssignmentsPage = lazy(() => import('./pages/admin/roles/assignments/RoleAssignmentsPage'));
const AdministrativeUnitsPage = lazy(() => import('./pages/admin/roles/units/AdministrativeUnitsPage'));

/** Microsoft 365 admin center (admin.microsoft.com). */
export const adminRoutes = {
  home: page('/admin/home', 'Home', lazy(() => import('./pages/admin/home/HomePage'))),
  activeUsers: page('/admin/users', 'Active users', ActiveUsersPage),
  userDetails: page('/admin/users/:userId', 'Active users', ActiveUsersPage),
  addUser: page('/admin/users/add', 'Add a user', lazy(() => import('./pages/admin/add-user/AddUserPage'))),
  addUsers: page('/admin/users/add-multiple', 'Add multiple users', lazy(() => import('./pages/admin/add-users-csv/AddUsersCsvPage'))),
  contacts: page('/admin/users/contacts', 'Contacts', lazy(() => import('./pages/admin/contacts/ContactsPage'))),
  guestUsers: page('/admin/users/guests', 'Guest users', lazy(() => import('./pages/admin/guest-users/GuestUsersPage'))),
  deletedUsers: page('/admin/users/deleted', 'Deleted users', lazy(() => import('./pages/admin/deleted-users/DeletedUsersPage'))),
  activeGroups: page('/admin/groups', 'Active teams & groups', ActiveGroupsPage),
  // The same page with a group's details pane open.
  groupDetails: page('/admin/groups/:groupId', 'Active teams & groups', ActiveGroupsPage),
  deletedGroups: page('/admin/groups/deleted', 'Deleted groups', lazy(() => import('./pages/admin/groups/DeletedGroupsPage'))),
  roleAssignments: page('/admin/roles', 'Role assignments', RoleAssignmentsPage),
  // The same page with a role's flyout open.
  roleDetails: page('/admin/roles/:roleId', 'Role assignments', RoleAssignmentsPage),
  administrativeUnits: page('/admin/roles/administrative-units', 'Administrative units', AdministrativeUnitsPage),
  administrativeUnitDetails: page('/admin/roles/administrative-units/:unitId', 'Administrative units', AdministrativeUnitsPage),
  yourProducts: page('/admin/billing/products', 'Your products', lazy(() => import('./pages/admin/billing/products/YourProductsPage'))),
  subscriptionDetails: page('/admin/billing/products/:subscriptionId', 'Your products', lazy(() => import('./pages/admin/billing/products/SubscriptionDetailsPage'))),
  licenses: page('/admin/billing/licenses', 'Licenses', lazy(() => import('./pages/admin/billing/licenses/LicensesPage'))),
  licenseProduct: page('/admin/billing/licenses/:skuId', 'Licenses', lazy(() => import('./pages/admin/billing/licenses/LicenseProductPage'))),
  purchaseServices: page('/admin/billing/purchase', 'Purchase services', lazy(() => import('./pages/admin/billing/purchase/PurchaseServicesPage'))),
  purchaseProduct: page('/admin/billing/purchase/:skuPartNumber', 'Purchase services', lazy(() => import('./pages/admin/billing/purchase/ProductOfferPage'))),
  setup: notInLab('/admin/setup', 'Setup', 'The guided setup cards are not available in Tenant Lab.'),
  domains: page('/admin/settings/domains', 'Domains', lazy(() => import('./pages/admin/domains/DomainsPage'))),
  addDomain: page('/admin/settings/domains/add', 'Add domain', lazy(() => import('./pages/admin/domains/wizard/AddDomainPage'))),
  // The wizard after the domain name; `?step=` says where, so the learner can leave for the DNS host and come back.
  domainSetup: page('/admin/settings/domains/:domainName/setup', 'Add domain', lazy(() => import('./pages/admin/domains/wizard/DomainSetupPage'))),
  domainDetails: page('/admin/settings/domains/:domainName', 'Domains', lazy(() => import('./pages/admin/domains/details/DomainDetailsPage'))),
  orgSettings: notInLab('/admin/settings/org-settings', 'Org settings', 'Organization settings are not available in Tenant Lab yet.'),
  serviceHealth: notInLab('/admin/health/service-health', 'Service health', 'Service health is not available in Tenant Lab yet. This page shows nothing rather than claim every service is healthy.'),
  messageCenter: notInLab('/admin/health/message-center', 'Message center', 'Message center posts are not available in Tenant Lab yet.'),
  support: notInLab('/admin/support', 'Help & support', 'Tenant Lab is an offline sandbox: there is no one to open a service request with.'),
  search: page('/admin/search', 'Search results', SearchResultsPage),
  notFound: page('/admin/*', 'Page not found', NotFoundPage),
} as const satisfies Record<string, PageRoute>;

/** Microsoft Entra admin center (entra.microsoft.com). */
export const entraRoutes = {
  home: page('/entra/home', 'Home', lazy(() => import('./pages/entra/EntraHomePage'))),
  users: page('/entra/users', 'Users', lazy(() => import('./pages/entra/EntraUsersPage'))),
  groups: page('/entra/groups', 'Groups', lazy(() => import('./pages/entra/groups/AllGroupsPage'))),
  newGroup: page('/entra/groups/new', 'New Group', lazy(() => import('./pages/entra/groups/NewGroupPage'))),
  // A group's blade, one route per menu item.
  group: page('/entra/groups/:groupId', 'Overview', lazy(() => import('./pages/entra/groups/GroupOverviewPage'))),
  groupProperties: page('/entra/groups/:groupId/properties', 'Properties', lazy(() => import('./pages/entra/groups/GroupPropertiesPage'))),
  groupMembers: page('/entra/groups/:groupId/members', 'Members', lazy(() => import('./pages/entra/groups/GroupMembersPage'))),
  groupOwners: page('/entra/groups/:groupId/owners', 'Owners', lazy(() => import('./pages/entra/groups/GroupOwnersPage'))),
  groupLicenses: page('/entra/groups/:groupId/licenses', 'Licenses', lazy(() => import('./pages/entra/groups/GroupLicensesPage'))),
  groupDynamicRules: page('/entra/groups/:groupId/dynamic-rules', 'Dynamic membership rules', lazy(() => import('./pages/entra/groups/GroupDynamicRulesPage'))),
  roles: page('/entra/roles', 'Roles & admins', lazy(() => import('./pages/entra/roles/EntraRolesPage'))),
  roleAssignments: page('/entra/roles/:roleId', 'Roles & admins', lazy(() => import('./pages/entra/roles/RoleAssignmentsBlade'))),
  administrativeUnits: page('/entra/admin-units', 'Administrative units', EntraAdminUnitsPage),
  administrativeUnitDetails: page('/entra/admin-units/:unitId', 'Administrative units', EntraAdminUnitsPage),
  domains: page('/entra/domains', 'Domain names', lazy(() => import('./pages/entra/domains/EntraDomainsPage'))),
  domainDetails: page('/entra/domains/:domainName', 'Domain names', lazy(() => import('./pages/entra/domains/EntraDomainPage'))),
  pim: page('/entra/pim', 'Privileged Identity Management', lazy(() => import('./pages/entra/pim/PimQuickStartPage'))),
  pimMyRoles: page('/entra/pim/my-roles', 'My roles', lazy(() => import('./pages/entra/pim/MyRolesPage'))),
  pimApprovals: page('/entra/pim/approvals', 'Approve requests', lazy(() => import('./pages/entra/pim/ApproveRequestsPage'))),
  pimEntraRoles: page('/entra/pim/entra-roles', 'Microsoft Entra roles', lazy(() => import('./pages/entra/pim/PimEntraRolesPage'))),
  licenses: page('/entra/billing/licenses', 'Licenses', lazy(() => import('./pages/entra/licenses/EntraLicensesPage'))),
  licenseProduct: page('/entra/billing/licenses/:skuId', 'Licenses', lazy(() => import('./pages/entra/licenses/EntraLicenseProductPage'))),
  search: page('/entra/search', 'Search results', SearchResultsPage),
  // Graph Explorer, a tool rather than a portal page; the route table's restructuring may move it.
  graphExplorer: page('/entra/graph-explorer', 'Graph Explorer', lazy(() => import('./tools/graph-explorer/GraphExplorerPage'))),
  notFound: page('/entra/*', 'Page not found', NotFoundPage),
} as const satisfies Record<string, PageRoute>;

const link = (route: PageRoute, icon?: NavLinkEntry['icon'], label?: string): NavLinkEntry => ({ kind: 'link', route, icon, label });

export const adminPortal: Portal = {
  id: 'admin',
  name: 'Microsoft 365 admin center',
  home: adminRoutes.home,
  search: adminRoutes.search,
  searchPlaceholder: 'Search',
  barColor: '#1b1a19',
  nav: [
    link(adminRoutes.home, HomeRegular),
    { kind: 'section', id: 'users', label: 'Users', icon: PersonRegular, items: [link(adminRoutes.activeUsers), link(adminRoutes.contacts), link(adminRoutes.guestUsers), link(adminRoutes.deletedUsers)] },
    { kind: 'section', id: 'groups', label: 'Teams & groups', icon: PeopleTeamRegular, items: [link(adminRoutes.activeGroups), link(adminRoutes.deletedGroups)] },
    { kind: 'section', id: 'roles', label: 'Roles', icon: ShieldPersonRegular, items: [link(adminRoutes.roleAssignments), link(adminRoutes.administrativeUnits)] },
    { kind: 'section', id: 'billing', label: 'Billing', icon: ReceiptRegular, items: [link(adminRoutes.yourProducts), link(adminRoutes.licenses), link(adminRoutes.purchaseServices)] },
    link(adminRoutes.setup, WrenchRegular),
    { kind: 'section', id: 'settings', label: 'Settings', icon: SettingsRegular, items: [link(adminRoutes.domains), link(adminRoutes.orgSettings)] },
    { kind: 'section', id: 'health', label: 'Health', icon: HeartPulseRegular, items: [link(adminRoutes.serviceHealth), link(adminRoutes.messageCenter)] },
    link(adminRoutes.support, HeadsetRegular, 'Support'),
    { kind: 'section', id: 'admin-centers', label: 'Admin centers', icon: GridRegular, items: [link(entraRoutes.home, undefined, 'Identity')] },
  ],
};

export const entraPortal: Portal = {
  id: 'entra',
  name: 'Microsoft Entra admin center',
  home: entraRoutes.home,
  search: entraRoutes.search,
  searchPlaceholder: 'Search resources, services, and docs',
  barColor: '#0f1b2d',
  nav: [
    link(entraRoutes.home, HomeRegular),
    {
      kind: 'section',
      id: 'entra-id',
      label: 'Entra ID',
      icon: DiamondRegular,
      items: [link(entraRoutes.users, PersonRegular), link(entraRoutes.groups, PeopleRegular), link(entraRoutes.roles, PersonKeyRegular), link(entraRoutes.administrativeUnits, BuildingMultipleRegular), link(entraRoutes.domains, GlobeRegular)],
    },
    { kind: 'section', id: 'id-governance', label: 'ID Governance', icon: ShieldTaskRegular, items: [link(entraRoutes.pim, ShieldKeyholeRegular)] },
    { kind: 'section', id: 'billing', label: 'Billing', icon: ReceiptRegular, items: [link(entraRoutes.licenses, CertificateRegular)] },
  ],
};

export const portals: readonly Portal[] = [adminPortal, entraPortal];

/** Every page route of both portals, for the screenshot script and the tests. */
export const pageRoutes: readonly PageRoute[] = [...Object.values(adminRoutes), ...Object.values(entraRoutes)];

function pageRoute(route: PageRoute): RouteObject {
  const handle: PageHandle = { pageRoute: route };
  const PageComponent = route.page;
  return { path: route.path, element: <PageComponent />, handle, errorElement: <RouteError /> };
}

function portalRoute(portal: Portal, routes: Record<string, PageRoute>, base: string): RouteObject {
  return {
    path: base,
    // Keyed, so switching portals starts a fresh frame (nav state, Suspense) instead of reusing one.
    element: <PortalFrame key={portal.id} portal={portal} portals={portals} />,
    children: [{ index: true, element: <Navigate to={portal.home.path} replace /> }, ...Object.values(routes).map(pageRoute)],
  };
}

/**
 * Both portals and the DNS host, `/` opening the admin center's Home: the same pages on the demo
 * tenant and, under an attempt's address, in the lab's player (`src/app/lab/player`).
 */
export const portalRoutes: RouteObject[] = [
  { index: true, element: <Navigate to={adminRoutes.home.path} replace /> },
  portalRoute(adminPortal, adminRoutes, '/admin'),
  portalRoute(entraPortal, entraRoutes, '/entra'),
  // The learner's DNS host: the sandbox's stand-in for a registrar, outside both portals.
  { path: '/dns/:zoneName?', lazy: async () => ({ Component: (await import('./pages/dns-host/DnsHostPage')).default }), errorElement: <RouteError /> },
  { path: '*', element: <Navigate to={adminRoutes.home.path} replace /> },
];

/** The router's tree: the portals on the demo tenant, each under its own prefix, and the lab. */
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      ...portalRoutes,
      // The learner's lab, outside both portals: catalog, exams, history and files.
      {
        path: '/lab',
        lazy: async () => ({ Component: (await import('./lab/catalog/LabFrame')).default }),
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./lab/catalog/CatalogPage')).default }) },
          { path: 'history', lazy: async () => ({ Component: (await import('./lab/history/HistoryPage')).default }) },
          { path: 'files', lazy: async () => ({ Component: (await import('./lab/files/FilesPage')).default }) },
          { path: 'exam', lazy: async () => ({ Component: (await import('./lab/exam/ExamsPage')).default }) },
          { path: 'exam/:sittingId', lazy: async () => ({ Component: (await import('./lab/exam/ExamSittingPage')).default }) },
        ],
      },
    ],
  },
  // An attempt is played on its own page load, whose router is based at the attempt's address.
  { path: '/lab/attempts/*', lazy: async () => ({ Component: (await import('./lab/player/OpenInPlayer')).default }) },
];
