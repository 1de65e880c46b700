import { Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { initiatorFacts, type AuditLogRow } from '../../../../../views/audit-logs';
import { formatDateTime } from '../../../../../views/portal-dates';
import { ListTable } from '../../../../kit/ListTable';
import { SidePane } from '../../../../kit/SidePane';
import { Facts } from '../../entra-id/users/user/facts';

type DetailsTab = 'activity' | 'targets' | 'modified';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  value: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
});

/** Graph keeps old and new values as JSON text ('["Sales"]'); the portal shows them so. Empty shows nothing. */
function shown(value: string | null): string {
  return value ?? '';
}

/** "Audit Log Details": Activity, Target(s), Modified Properties. */
export function AuditDetailsPane({ row, onClose }: { readonly row: AuditLogRow; readonly onClose: () => void }) {
  const styles = useStyles();
  const [tab, setTab] = useState<DetailsTab>('activity');
  const { record } = row;
  const modified = record.targetResources.flatMap((target, targetIndex) =>
    target.modifiedProperties.map((property, index) => ({ key: `${target.id}:${targetIndex}:${property.displayName}:${index}`, property })),
  );
  return (
    <SidePane
      title="Audit Log Details"
      size="medium"
      onClose={onClose}
      header={
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as DetailsTab)} aria-label="Audit log details">
          <Tab value="activity">Activity</Tab>
          <Tab value="targets">Target(s)</Tab>
          <Tab value="modified">Modified Properties</Tab>
        </TabList>
      }
    >
      {tab === 'activity' && (
        <>
          <section className={styles.section} aria-label="Activity">
            <h3 className={styles.heading}>Activity</h3>
            <Facts
              facts={[
                ['Date', formatDateTime(record.activityDateTime)],
                ['Activity Type', record.activityDisplayName],
                ['Correlation ID', record.id],
                ['Category', record.category],
                ['Status', row.status],
                ['Status reason', record.resultReason],
                ['Service', record.loggedByService],
              ]}
            />
          </section>
          <section className={styles.section} aria-label="Initiated by (actor)">
            <h3 className={styles.heading}>Initiated by (actor)</h3>
            <Facts facts={initiatorFacts(record.initiatedBy)} />
          </section>
        </>
      )}
      {tab === 'targets' &&
        record.targetResources.map((target, index) => (
          <section key={`${target.id}:${index}`} className={styles.section} aria-label={`Target ${index + 1}`}>
            <h3 className={styles.heading}>{`Target ${index + 1}`}</h3>
            <Facts
              facts={[
                ['Type', target.type],
                ['Object ID', target.id],
                ['Display Name', target.displayName ?? ''],
                ['User Principal Name', target.userPrincipalName ?? ''],
              ]}
            />
          </section>
        ))}
      {tab === 'modified' &&
        (modified.length === 0 ? (
          <Text>No modified properties were recorded for this activity.</Text>
        ) : (
          <ListTable
            label="Modified Properties"
            rows={modified}
            rowId={(change) => change.key}
            appearance="plain"
            columns={[
              { id: 'name', header: 'Property Name', cellClassName: styles.value, cell: ({ property }) => property.displayName },
              { id: 'old', header: 'Old Value', cellClassName: styles.value, cell: ({ property }) => shown(property.oldValue) },
              { id: 'new', header: 'New Value', cellClassName: styles.value, cell: ({ property }) => shown(property.newValue) },
            ]}
          />
        ))}
    </SidePane>
  );
}
