import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { entraPaths } from '../paths';

/** Monitoring & health: the sign-in logs and the audit logs. */
export const monitoringRoutes = {
  signInLogs: page(entraPaths.signInLogs, 'Sign-in logs', lazy(() => import('./sign-in-logs/SignInLogsPage'))),
  auditLogs: page(entraPaths.auditLogs, 'Audit logs', lazy(() => import('./audit-logs/AuditLogsPage'))),
};
