import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Toolbar,
  ToolbarButton,
  useRestoreFocusTarget,
} from '@fluentui/react-components';
import { AddRegular, ArrowSyncRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { groupLicensing, LICENSE_ERROR_TEXT, skuById, type GroupLicensing, type LicenseAssignmentError, type Tenant, type TenantError } from '../../../../../tenant';
import type { GroupDetails } from '../../../../../views/groups';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import { AssignmentsPane } from './AssignmentsPane';
import { useEntraStyles } from './entra-styles';
import { GroupBlade } from './GroupBlade';

/** The error in the words Entra's license pages use ("Not enough licenses"...). */
function errorText(error: LicenseAssignmentError): string {
  return error === 'None' ? '' : LICENSE_ERROR_TEXT[error];
}

function productName(skuId: string): string {
  return skuById(skuId)?.displayName ?? skuId;
}

/** The group's licensing changes as a whole when any member's state changes; compare it by value. */
function licensingEqual(a: GroupLicensing | undefined, b: GroupLicensing | undefined): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

type Outcome = { readonly ok: true; readonly message: string } | { readonly ok: false; readonly error: TenantError };

function Licenses({ group }: { readonly group: GroupDetails }) {
  const styles = useEntraStyles();
  const store = useTenantStore();
  const licensing = useTenant(
    useMemo(() => (tenant: Tenant) => groupLicensing(tenant, group.id), [group.id]),
    licensingEqual,
  );
  const [assigning, setAssigning] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const opener = useRestoreFocusTarget();
  if (!licensing) return null;

  const reprocess = () => {
    const answer = store.send({ type: 'group.reprocessLicenseAssignment', groupId: group.id });
    setOutcome(answer.ok ? { ok: true, message: `Reprocessing finished: every member of ${group.displayName} was processed again.` } : { ok: false, error: answer.error });
  };
  const errors = licensing.usersInError;

  return (
    <>
      <Toolbar aria-label="Licenses actions">
        <ToolbarButton icon={<AddRegular />} onClick={() => setAssigning(true)} {...opener}>
          Assignments
        </ToolbarButton>
        <ToolbarButton icon={<ArrowSyncRegular />} onClick={reprocess}>
          Reprocess
        </ToolbarButton>
      </Toolbar>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          Since September 2024 the Entra admin center only shows a group's licenses and sends you to the Microsoft 365 admin center (Billing &gt; Licenses) to change them.
          Tenant Lab keeps the older Assignments pane here as well, so you can practise either way.
        </MessageBarBody>
      </MessageBar>
      {outcome?.ok && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>{outcome.message}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && !outcome.ok && <TenantErrorBar error={outcome.error} />}
      {errors.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Errors & issues</MessageBarTitle>
            {errors.length === 1 ? "1 user's licenses couldn't be assigned." : `${errors.length} users' licenses couldn't be assigned.`} Fix the cause, then select Reprocess.
          </MessageBarBody>
        </MessageBar>
      )}
      {licensing.status && (
        <section className={styles.section} aria-label="License status">
          <h2 className={styles.sectionTitle}>License status</h2>
          <Text>
            {licensing.status}: {licensing.assignedCount === 1 ? '1 user' : `${licensing.assignedCount} users`} licensed, {errors.length === 1 ? '1 user' : `${errors.length} users`} with errors.
          </Text>
        </section>
      )}
      <section className={styles.section} aria-label="Products">
        <h2 className={styles.sectionTitle}>Products</h2>
        {licensing.licenses.length === 0 ? (
          <Text>No license assignments found. Select Assignments to give this group's members a product.</Text>
        ) : (
          <ListTable
            label="Assigned products"
            rows={licensing.licenses}
            rowId={(license) => license.skuId}
            columns={[
              { id: 'product', header: 'Products', cell: (license) => license.displayName },
              { id: 'services', header: 'Enabled services', cell: (license) => `${license.servicePlans.filter((plan) => plan.enabled).length} of ${license.servicePlans.length}` },
            ]}
          />
        )}
      </section>
      {errors.length > 0 && (
        <section className={styles.section} aria-label="Users with license assignment errors">
          <h2 className={styles.sectionTitle}>Users with license assignment errors</h2>
          <ListTable
            label="Users with license assignment errors"
            rows={errors}
            rowId={(user) => user.userId}
            columns={[
              { id: 'name', header: 'Name', cell: (user) => user.displayName },
              { id: 'upn', header: 'User principal name', cell: (user) => user.userPrincipalName },
              { id: 'failed', header: 'Failed assignments', cell: (user) => user.errors.map((error) => productName(error.skuId)).join(', ') },
              { id: 'reason', header: 'Top reason for failure', cell: (user) => errorText(user.errors[0]!.error) },
            ]}
          />
        </section>
      )}
      {assigning && (
        <AssignmentsPane
          groupId={group.id}
          groupName={group.displayName}
          licensing={licensing}
          onSaved={() => {
            setAssigning(false);
            setOutcome({ ok: true, message: `Successfully updated license assignments for ${group.displayName}.` });
          }}
          onClose={() => setAssigning(false)}
        />
      )}
    </>
  );
}

/** A group's Licenses in Entra: its products, their status, the members in error, Reprocess. */
export default function GroupLicensesPage() {
  return <GroupBlade section="licenses">{(group) => <Licenses key={group.id} group={group} />}</GroupBlade>;
}
