import { lazy } from 'react';
import { page } from '../../../shell/page-routes';
import { entraPaths } from '../paths';

/** Monitoring & health: Audit logs. */
export const monitoringRoutes = {
  auditLogs: page(entraPaths.auditLogs, 'Audit logs', lazy(() => import('./audit-logs/AuditLogsPage'))),
};
