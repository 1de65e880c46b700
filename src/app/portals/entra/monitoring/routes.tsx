import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { entraPaths } from '../paths';

/** Monitoring & health: the sign-in logs. */
export const monitoringRoutes = {
  signInLogs: page(entraPaths.signInLogs, 'Sign-in logs', lazy(() => import('./sign-in-logs/SignInLogsPage'))),
};
