import type { PortalModule } from '../../shell/portal';
import { adminNav } from './nav';
import { adminPaths } from './paths';
import { adminRoutes } from './routes';

/** The Microsoft 365 admin center's frame, nav and pages: loaded on the first visit to `/admin`. */
const adminPortal: PortalModule = {
  home: adminRoutes.home,
  search: adminRoutes.search,
  searchPlaceholder: 'Search',
  directoryLists: { users: adminPaths.activeUsers, groups: adminPaths.activeGroups },
  barColor: '#1b1a19',
  nav: adminNav,
  pages: Object.values(adminRoutes),
};

export default adminPortal;
