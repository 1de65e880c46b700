import { licenseRoutes } from './resources/licenses';
import { userRoutes } from './resources/users';
import type { Route } from './route';

/** Every operation the emulation answers, in one explicit table; literal segments come before parameters. */
export const GRAPH_ROUTES: readonly Route[] = [...userRoutes, ...licenseRoutes];
