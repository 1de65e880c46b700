import { Text } from '@fluentui/react-components';
import { Page } from '../../../../shell/Page';
import { AuditLogList } from './AuditLogList';

/** Monitoring & health > Audit logs: the tenant's directory audit records (the portal's Directory tab). */
export default function AuditLogsPage() {
  return (
    <Page title="Audit logs">
      <Text>Every change to users, groups, roles and the directory, with who made it and what changed. Select a record to see its details.</Text>
      <AuditLogList />
    </Page>
  );
}
