import { Text } from '@fluentui/react-components';
import { useSearchParams } from 'react-router';
import { AUDIT_CATEGORIES } from '../../../../../views/audit-logs';
import { Page } from '../../../../shell/Page';
import { AuditLogList } from './AuditLogList';

/** Monitoring & health > Audit logs: the tenant's directory audit records (the portal's Directory tab). */
export default function AuditLogsPage() {
  const requested = useSearchParams()[0].get('category') ?? undefined;
  const category = AUDIT_CATEGORIES.find((each) => each === requested);
  return (
    <Page title="Audit logs">
      <Text>Every change to users, groups, roles and the directory, with who made it and what changed. Select a record to see its details.</Text>
      <AuditLogList category={category} />
    </Page>
  );
}
