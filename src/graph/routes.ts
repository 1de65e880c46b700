import { administrativeUnitRoutes } from './resources/administrative-units';
import { auditLogRoutes } from './resources/audit-logs';
import { conditionalAccessRoutes } from './resources/conditional-access';
import { deletedItemRoutes } from './resources/deleted-items';
import { domainRoutes } from './resources/domains';
import { groupRoutes } from './resources/groups';
import { licenseRoutes } from './resources/licenses';
import { organizationRoutes } from './resources/organization';
import { roleRoutes } from './resources/roles';
import { userRoutes } from './resources/users';
import type { Route } from './route';

/** Every operation the emulation answers, in one explicit table; within a family, literal segments come before parameters. */
export const GRAPH_ROUTES: readonly Route[] = [
  ...userRoutes,
  ...licenseRoutes,
  ...groupRoutes,
  ...roleRoutes,
  ...administrativeUnitRoutes,
  ...domainRoutes,
  ...organizationRoutes,
  ...auditLogRoutes,
  ...deletedItemRoutes,
  ...conditionalAccessRoutes,
];
