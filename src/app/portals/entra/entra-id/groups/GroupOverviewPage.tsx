import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody, Text, Toolbar, ToolbarButton, useRestoreFocusTarget } from '@fluentui/react-components';
import { DeleteRegular, PauseRegular, PlayRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { TenantError } from '../../../../../tenant';
import { formatInstant } from '../../../../lab/format-instant';
import { entraPaths } from '../../paths';
import type { GroupDetails } from '../../../../../views/groups';
import { useTenantStore } from '../../../../tenant-context';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';
import type { GroupsPageNotice } from './AllGroupsPage';
import { useEntraStyles } from './entra-styles';
import { GroupBlade } from './GroupBlade';

/** Entra's Group type wording. */
function groupTypeText(group: GroupDetails): string {
  return group.groupType === 'Distribution list' ? 'Distribution' : group.groupType;
}

/** "Dynamic rule processing status", in the words of the group's Overview. */
function processingStatus(group: GroupDetails): string {
  return group.membershipRuleProcessingState === 'Paused' ? 'Update paused' : 'Update complete';
}

function DeleteDialog({ group, onClose }: { readonly group: GroupDetails; readonly onClose: () => void }) {
  const store = useTenantStore();
  const navigate = useNavigate();
  const [error, setError] = useState<TenantError | null>(null);
  const remove = () => {
    const result = store.send({ type: 'group.delete', groupId: group.id });
    if (!result.ok) return setError(result.error);
    const notice: GroupsPageNotice = { notice: `Successfully deleted group '${group.displayName}'.` };
    navigate(entraPaths.groups, { state: notice });
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Delete group</DialogTitle>
          <DialogContent>
            <Text>
              Do you want to delete {group.displayName}?{' '}
              {group.kind === 'microsoft365' ? 'You can restore it from Deleted groups for 30 days.' : "Only Microsoft 365 groups can be restored; this one can't."}
            </Text>
            <TenantErrorBar error={error} title="Failed to delete group" />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={remove}>
              Yes
            </Button>
            <Button onClick={onClose}>No</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function Overview({ group }: { readonly group: GroupDetails }) {
  const styles = useEntraStyles();
  const store = useTenantStore();
  const [deleting, setDeleting] = useState(false);
  const opener = useRestoreFocusTarget();
  const [result, setResult] = useState<{ readonly ok: true; readonly message: string } | { readonly ok: false; readonly error: TenantError } | null>(null);
  const dynamic = group.membershipType === 'Dynamic';
  const paused = group.membershipRuleProcessingState === 'Paused';

  const setProcessing = (state: 'On' | 'Paused') => {
    const answer = store.send({ type: 'group.setMembershipRule', groupId: group.id, membershipRuleProcessingState: state });
    setResult(answer.ok ? { ok: true, message: state === 'Paused' ? 'Dynamic membership processing paused.' : 'Dynamic membership processing resumed.' } : { ok: false, error: answer.error });
  };

  const properties: [string, ReactNode][] = [
    ['Membership type', group.membershipType],
    ['Object Id', group.id],
    ['Group type', groupTypeText(group)],
    ['Created on', formatInstant(group.createdDateTime)],
    ...(group.mail ? ([['Email', group.mail]] as [string, ReactNode][]) : []),
    ['Direct members', group.memberCount],
    ['Owners', group.ownerCount],
    ...(dynamic ? ([['Dynamic rule processing status', processingStatus(group)]] as [string, ReactNode][]) : []),
  ];
  return (
    <>
      <Toolbar aria-label="Group actions">
        <ToolbarButton icon={<DeleteRegular />} onClick={() => setDeleting(true)} {...opener}>
          Delete
        </ToolbarButton>
        {dynamic && (
          <ToolbarButton icon={paused ? <PlayRegular /> : <PauseRegular />} onClick={() => setProcessing(paused ? 'On' : 'Paused')}>
            {paused ? 'Resume processing' : 'Pause processing'}
          </ToolbarButton>
        )}
      </Toolbar>
      {result?.ok && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>{result.message}</MessageBarBody>
        </MessageBar>
      )}
      {result && !result.ok && <TenantErrorBar error={result.error} />}
      {group.description && <Text>{group.description}</Text>}
      <section aria-label="Basic information">
        <dl className={styles.properties}>
          {properties.map(([term, value]) => (
            <div key={term} className={styles.pair}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.definition}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      {deleting && <DeleteDialog group={group} onClose={() => setDeleting(false)} />}
    </>
  );
}

/** A group's Overview in Entra: its basics, Delete, and pause or resume of a dynamic rule. */
export default function GroupOverviewPage() {
  return <GroupBlade section="overview">{(group) => <Overview key={group.id} group={group} />}</GroupBlade>;
}
