import type { PortalModule } from '../../shell/portal';
import { entraNav } from './nav';
import { entraPaths } from './paths';
import { entraRoutes } from './routes';

/** The Microsoft Entra admin center's frame, nav and pages: loaded on the first visit to `/entra`. */
const entraPortal: PortalModule = {
  home: entraRoutes.home,
  search: entraRoutes.search,
  searchPlaceholder: 'Search resources, services, and docs',
  directoryLists: { users: entraPaths.users, groups: entraPaths.groups },
  barColor: '#0f1b2d',
  nav: entraNav,
  pages: Object.values(entraRoutes),
};

export default entraPortal;
