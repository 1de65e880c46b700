import type * as Graph from '@microsoft/microsoft-graph-types';
import { latestAuditRecords, type AuditRecord, type TargetResource } from '../../tenant';
import { resourceNotFound } from '../errors';
import { entityResponse, listResponse } from '../odata/collection';
import type { FilterSpec, ScalarSpec } from '../odata/filter-schema';
import type { ResourceType, Serialized } from '../odata/resource-type';
import { SCOPES } from '../permissions';
import { route, type Route } from '../route';
import { filterSchema } from './user-type';

/** Reading the audit log needs a role that may read it (Reports Reader, Security Reader, Global Reader…). */
const READ_AUDIT_LOGS = 'microsoft.directory/auditLogs/allProperties/read';

export function serializeDirectoryAudit(record: AuditRecord): Graph.DirectoryAudit {
  const { user, app } = record.initiatedBy;
  return {
    id: record.id,
    category: record.category,
    correlationId: record.id,
    result: record.result,
    resultReason: record.resultReason,
    activityDisplayName: record.activityDisplayName,
    activityDateTime: record.activityDateTime,
    loggedByService: record.loggedByService,
    operationType: record.operationType,
    initiatedBy: {
      app: app ? { appId: app.appId ?? null, displayName: app.displayName, servicePrincipalId: null, servicePrincipalName: null } : null,
      user: user ? { id: user.id, displayName: user.displayName || null, userPrincipalName: user.userPrincipalName, ipAddress: null } : null,
    },
    targetResources: record.targetResources.map((target) => ({
      id: target.id,
      displayName: target.displayName,
      type: target.type,
      userPrincipalName: target.userPrincipalName ?? null,
      modifiedProperties: target.modifiedProperties.map((property) => ({ ...property })),
    })),
    additionalDetails: [],
  };
}

const AUDIT_PROPERTIES = Object.keys(serializeDirectoryAudit({ initiatedBy: {}, targetResources: [] } as unknown as AuditRecord));

function text(name: string, get: (record: AuditRecord) => string | null | undefined, startsWith = false): ScalarSpec<AuditRecord> {
  return { kind: 'scalar', name, type: 'string', get: (record) => get(record) ?? null, eq: 'default', ...(startsWith ? { startsWith: 'default' } : {}) };
}

const TARGET_ITEM: Record<string, ScalarSpec<unknown>> = {
  id: { kind: 'scalar', name: 'id', type: 'string', get: (target) => (target as TargetResource).id, eq: 'default' },
  displayname: { kind: 'scalar', name: 'displayName', type: 'string', get: (target) => (target as TargetResource).displayName, eq: 'default', startsWith: 'default' },
  userprincipalname: { kind: 'scalar', name: 'userPrincipalName', type: 'string', get: (target) => (target as TargetResource).userPrincipalName ?? null, eq: 'default', startsWith: 'default' },
  type: { kind: 'scalar', name: 'type', type: 'string', get: (target) => (target as TargetResource).type, eq: 'default' },
};

const AUDIT_FILTERS: FilterSpec<AuditRecord>[] = [
  text('id', (record) => record.id),
  text('activityDisplayName', (record) => record.activityDisplayName, true),
  text('category', (record) => record.category),
  text('loggedByService', (record) => record.loggedByService),
  text('result', (record) => record.result),
  text('operationType', (record) => record.operationType),
  text('correlationId', (record) => record.id),
  text('initiatedBy/user/id', (record) => record.initiatedBy.user?.id),
  text('initiatedBy/user/displayName', (record) => record.initiatedBy.user?.displayName),
  text('initiatedBy/user/userPrincipalName', (record) => record.initiatedBy.user?.userPrincipalName, true),
  text('initiatedBy/app/appId', (record) => record.initiatedBy.app?.appId),
  text('initiatedBy/app/displayName', (record) => record.initiatedBy.app?.displayName),
  { kind: 'scalar', name: 'activityDateTime', type: 'datetime', get: (record) => record.activityDateTime, eq: 'default', range: 'default' },
  { kind: 'collection', name: 'targetResources', items: (record) => record.targetResources, itemProperties: TARGET_ITEM, any: 'default' },
];

const directoryAuditType: ResourceType<AuditRecord> = {
  typeName: 'microsoft.graph.directoryAudit',
  filter: filterSchema('DirectoryAudit', 'microsoft.graph.directoryAudit', AUDIT_FILTERS, [...AUDIT_PROPERTIES, 'initiatedBy/user', 'initiatedBy/app'], false),
  orderBy: { activitydatetime: { name: 'activityDateTime', key: (record) => record.activityDateTime, support: 'default' } },
  defaultProperties: AUDIT_PROPERTIES,
  properties: AUDIT_PROPERTIES,
  serialize: (record) => serializeDirectoryAudit(record) as Serialized,
  paging: { defaultSize: 100, maxSize: 999 },
};

export const auditLogRoutes: readonly Route[] = [
  // Newest first, as the directory lists its audit log.
  route(
    'GET',
    'auditLogs/directoryAudits',
    SCOPES.readAuditLogs,
    (context) => listResponse(context, { type: directoryAuditType, items: latestAuditRecords(context.tenant, context.tenant.auditLog.size), contextPath: 'auditLogs/directoryAudits' }),
    READ_AUDIT_LOGS,
  ),
  route(
    'GET',
    'auditLogs/directoryAudits/{audit-id}',
    SCOPES.readAuditLogs,
    (context) => {
      const id = context.params['audit-id']!;
      const record = latestAuditRecords(context.tenant, context.tenant.auditLog.size).find((candidate) => candidate.id === id);
      if (!record) throw resourceNotFound(id);
      return entityResponse(context, directoryAuditType, record, 'auditLogs/directoryAudits');
    },
    READ_AUDIT_LOGS,
  ),
];
