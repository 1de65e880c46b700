import { Button, Link, Tab, TabList, Text } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { LICENSE_ERROR_DETAILS } from './license-errors';
import type { ProductSummary } from '../../../../../tenant';
import { detailsEqual } from '../../../../../views/groups';
import { groupProductLicensing } from '../../../../../views/product-licenses';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';

type PaneTab = 'assigned' | 'actions';

/**
 * A group on a product's Groups tab: its members "Successfully assigned" and those with "Actions
 * needed", each error explained, and "Reprocess" once the learner has fixed the cause.
 */
export function GroupLicensingPane({ product, groupId, onClose }: { readonly product: ProductSummary; readonly groupId: string; readonly onClose: () => void }) {
  const styles = useListStyles();
  const store = useTenantStore();
  const licensing = useTenant(
    useCallback((tenant) => groupProductLicensing(tenant, groupId, product.skuId), [groupId, product.skuId]),
    detailsEqual,
  );
  const [tab, setTab] = useState<PaneTab>(licensing && licensing.actionsNeeded.length > 0 ? 'actions' : 'assigned');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [explained, setExplained] = useState<string | null>(null);

  const reprocess = () => {
    const result = store.send({ type: 'group.reprocessLicenseAssignment', groupId });
    setFeedback(result.ok ? { ok: true, message: 'The group\u2019s licenses were reprocessed for all its members.' } : { ok: false, message: result.error.message });
  };

  return (
    <SidePane
      title={licensing?.displayName ?? 'Group'}
      subtitle={licensing ? `${product.displayName} · ${licensing.status}` : product.displayName}
      onClose={onClose}
      header={
        licensing && (
          <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PaneTab)} aria-label="License assignment status">
            <Tab value="assigned">Successfully assigned ({licensing.assigned.length})</Tab>
            <Tab value="actions">Actions needed ({licensing.actionsNeeded.length})</Tab>
          </TabList>
        )
      }
      footer={
        <Button icon={<ArrowClockwiseRegular />} onClick={reprocess} disabled={!licensing}>
          Reprocess
        </Button>
      }
    >
      <FeedbackBar feedback={feedback} />
      {!licensing && <Text>This group no longer assigns {product.displayName}.</Text>}
      {licensing && tab === 'assigned' && (
        <ListTable
          label="Successfully assigned"
          rows={licensing.assigned}
          rowId={(person) => person.userId}
          columns={[
            { id: 'name', header: 'Name', cell: (person) => person.displayName },
            { id: 'email', header: 'Email', cell: (person) => person.userPrincipalName },
          ]}
          appearance="plain"
        />
      )}
      {licensing && tab === 'assigned' && licensing.assigned.length === 0 && <Text className={styles.muted}>No members have this license from the group yet.</Text>}
      {licensing && tab === 'actions' && (
        <>
          {licensing.actionsNeeded.length === 0 ? (
            <Text className={styles.muted}>No members need action.</Text>
          ) : (
            <ListTable
              label="Actions needed"
              rows={licensing.actionsNeeded}
              rowId={(person) => person.userId}
              columns={[
                {
                  id: 'name',
                  header: 'Name',
                  cell: (person) => (
                    <>
                      {person.displayName}
                      <br />
                      <span className={styles.muted}>{person.userPrincipalName}</span>
                    </>
                  ),
                },
                { id: 'error', header: 'Error', cell: (person) => person.problem },
                {
                  id: 'details',
                  header: 'Details',
                  cell: (person) => (
                    <>
                      <Link as="button" aria-expanded={explained === person.userId} onClick={() => setExplained(explained === person.userId ? null : person.userId)}>
                        View error details
                      </Link>
                      {explained === person.userId && <p>{LICENSE_ERROR_DETAILS[person.error]}</p>}
                    </>
                  ),
                },
              ]}
              appearance="plain"
            />
          )}
        </>
      )}
    </SidePane>
  );
}
