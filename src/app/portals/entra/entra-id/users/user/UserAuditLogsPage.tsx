import { AuditLogList } from '../../../monitoring/audit-logs/AuditLogList';
import { UserBlade } from './UserBlade';

/** A user's Audit logs: the directory's records with the user as a target. */
export default function UserAuditLogsPage() {
  return <UserBlade section="auditLogs">{(details) => <AuditLogList targetId={details.user.id} />}</UserBlade>;
}
