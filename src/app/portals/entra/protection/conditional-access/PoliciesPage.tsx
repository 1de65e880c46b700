import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Link, SearchBox, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { selectPolicyRows, type PolicyRow } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { formatDateTime } from '../../../../../views/portal-dates';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { entraConditionalAccessPolicyPath, entraPaths } from '../../paths';

/** Conditional Access > Policies: every policy with its state, + New policy, What If and Delete. */
export default function PoliciesPage() {
  const styles = useListStyles();
  const store = useTenantStore();
  const navigate = useNavigate();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const policies = useTenant(selectPolicyRows, rowsEqual);
  const [query, setQuery] = useState('');
  const [deleting, setDeleting] = useState<PolicyRow | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(saved ? { ok: true, message: `Successfully saved ${saved}.` } : null);
  const needle = query.trim().toLowerCase();
  const rows = needle ? policies.filter((policy) => policy.displayName.toLowerCase().includes(needle)) : policies;

  const remove = (policy: PolicyRow) => {
    const result = store.send({ type: 'conditionalAccess.deletePolicy', policyId: policy.id });
    setFeedback(result.ok ? { ok: true, message: `Deleted ${policy.displayName}.` } : { ok: false, title: 'Deleting failed', message: result.error.message });
    setDeleting(null);
  };

  return (
    <Page title="Policies" trail={[{ label: 'Conditional Access', to: entraPaths.conditionalAccess }]}>
      <FeedbackBar feedback={feedback} />
      <div className={styles.bar}>
        <Toolbar aria-label="Policies actions">
          <ToolbarButton icon={<AddRegular />} onClick={() => navigate(entraPaths.newConditionalAccessPolicy)}>
            New policy
          </ToolbarButton>
          <ToolbarButton icon={<QuestionCircleRegular />} onClick={() => navigate(entraPaths.whatIf)}>
            What If
          </ToolbarButton>
        </Toolbar>
        <SearchBox className={styles.search} placeholder="Search by policy name" aria-label="Search by policy name" value={query} onChange={(_, data) => setQuery(data.value)} />
      </div>
      <ListTable
        label="Conditional Access policies"
        rows={rows}
        rowId={(policy) => policy.id}
        columns={[
          {
            id: 'name',
            header: 'Policy name',
            cell: (policy) => (
              <Link href={entraConditionalAccessPolicyPath(policy.id)} onClick={(event) => { event.preventDefault(); navigate(entraConditionalAccessPolicyPath(policy.id)); }}>
                {policy.displayName}
              </Link>
            ),
          },
          { id: 'state', header: 'State', cell: (policy) => policy.state },
          { id: 'created', header: 'Creation date', cell: (policy) => formatDateTime(policy.createdDateTime) },
          { id: 'modified', header: 'Modified date', cell: (policy) => (policy.modifiedDateTime ? formatDateTime(policy.modifiedDateTime) : '') },
          {
            id: 'actions',
            header: 'Actions',
            cell: (policy) => <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={`Delete ${policy.displayName}`} onClick={() => setDeleting(policy)} />,
          },
        ]}
        count={(shown) => (shown === 1 ? '1 out of 1 policy found' : `${shown} out of ${policies.length} policies found`)}
        empty="No policies found."
      />
      {deleting && (
        <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && setDeleting(null)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Delete policy</DialogTitle>
              <DialogContent>Are you sure you want to delete {deleting.displayName}?</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => remove(deleting)}>
                  Delete
                </Button>
                <Button onClick={() => setDeleting(null)}>Cancel</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </Page>
  );
}
