import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Link, SearchBox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { selectPolicyRows, type PolicyRow } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { formatDateTime } from '../../../../../views/portal-dates';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
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
      <Text className={styles.muted}>{rows.length === 1 ? '1 out of 1 policy found' : `${rows.length} out of ${policies.length} policies found`}</Text>
      <div className={styles.surface}>
        <Table aria-label="Conditional Access policies" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Policy name</TableHeaderCell>
              <TableHeaderCell>State</TableHeaderCell>
              <TableHeaderCell>Creation date</TableHeaderCell>
              <TableHeaderCell>Modified date</TableHeaderCell>
              <TableHeaderCell>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((policy) => (
              <TableRow key={policy.id}>
                <TableCell>
                  <Link href={entraConditionalAccessPolicyPath(policy.id)} onClick={(event) => { event.preventDefault(); navigate(entraConditionalAccessPolicyPath(policy.id)); }}>
                    {policy.displayName}
                  </Link>
                </TableCell>
                <TableCell>{policy.state}</TableCell>
                <TableCell>{formatDateTime(policy.createdDateTime)}</TableCell>
                <TableCell>{policy.modifiedDateTime ? formatDateTime(policy.modifiedDateTime) : ''}</TableCell>
                <TableCell>
                  <Button size="small" appearance="subtle" icon={<DeleteRegular />} aria-label={`Delete ${policy.displayName}`} onClick={() => setDeleting(policy)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && <Text>No policies found.</Text>}
      </div>
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
