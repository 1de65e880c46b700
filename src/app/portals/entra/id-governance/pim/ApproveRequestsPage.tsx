import { Button, Field, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, TableSelectionCell, Text, Textarea, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { rowsEqual } from '../../../../../views/equality';
import { selectApprovals, type ApprovalRow } from '../../../../../views/pim';
import { formatDateTime } from '../../../../../views/portal-dates';
import { useSharedStyles } from '../../../../shell/shared-styles';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';
import { PimLayout } from './PimLayout';

type Decision = 'approve' | 'deny';

function DecisionPane({ request, decision, onDone, onClose }: { readonly request: ApprovalRow; readonly decision: Decision; readonly onDone: (message: string) => void; readonly onClose: () => void }) {
  const styles = useListStyles();
  const store = useTenantStore();
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<string | null>(null);
  const confirm = () => {
    const result = store.send({ type: decision === 'approve' ? 'pim.approve' : 'pim.deny', requestId: request.requestId, justification });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onDone(`${decision === 'approve' ? 'Approved' : 'Denied'} the request of ${request.requestor} to activate ${request.roleName}.`);
  };
  return (
    <SidePane
      title={decision === 'approve' ? 'Approve Request' : 'Deny Request'}
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" onClick={confirm}>
            Confirm
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <FeedbackBar feedback={error ? { ok: false, message: error } : null} />
      <dl className={styles.facts}>
        <dt className={styles.term}>Requestor</dt>
        <dd className={styles.definition}>{request.requestor}</dd>
        <dt className={styles.term}>Role</dt>
        <dd className={styles.definition}>{request.roleName}</dd>
        <dt className={styles.term}>Scope</dt>
        <dd className={styles.definition}>{request.scope}</dd>
        <dt className={styles.term}>Reason</dt>
        <dd className={styles.definition}>{request.justification ?? 'None'}</dd>
        <dt className={styles.term}>Duration</dt>
        <dd className={styles.definition}>{request.hours} hours</dd>
      </dl>
      <Field label="Justification" required>
        <Textarea value={justification} maxLength={500} onChange={(_, data) => setJustification(data.value)} />
      </Field>
    </SidePane>
  );
}

/** PIM > "Approve requests": "Requests for role activations", ticked and approved or denied. */
export default function ApproveRequestsPage() {
  const styles = useListStyles();
  const shared = useSharedStyles();
  const requests = useTenant(selectApprovals, rowsEqual);
  const [selected, setSelected] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const request = requests.find((row) => row.requestId === selected) ?? null;
  return (
    <PimLayout title="Approve requests">
      <FeedbackBar feedback={feedback} />
      <h2 className={styles.sectionHeading}>Requests for role activations</h2>
      <Toolbar aria-label="Approval actions">
        <ToolbarButton icon={<CheckmarkRegular />} disabled={!request} onClick={() => setDeciding('approve')}>
          Approve
        </ToolbarButton>
        <ToolbarButton icon={<DismissRegular />} disabled={!request} onClick={() => setDeciding('deny')}>
          Deny
        </ToolbarButton>
      </Toolbar>
      <div className={styles.surface}>
        <Table aria-label="Requests for role activations" size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '44px' }}>
                <span className={shared.visuallyHidden}>Select</span>
              </TableHeaderCell>
              <TableHeaderCell>Requestor</TableHeaderCell>
              <TableHeaderCell>Role</TableHeaderCell>
              <TableHeaderCell>Scope</TableHeaderCell>
              <TableHeaderCell>Reason</TableHeaderCell>
              <TableHeaderCell>Duration</TableHeaderCell>
              <TableHeaderCell>Request time</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {requests.map((row) => (
              <TableRow key={row.requestId} aria-selected={selected === row.requestId}>
                <TableSelectionCell
                  type="radio"
                  checked={selected === row.requestId}
                  onClick={() => setSelected(row.requestId)}
                  radioIndicator={{ 'aria-label': `Select the request of ${row.requestor}` }}
                />
                <TableCell>
                  {row.requestor}
                  <br />
                  <span className={styles.muted}>{row.requestorUpn}</span>
                </TableCell>
                <TableCell>{row.roleName}</TableCell>
                <TableCell>{row.scope}</TableCell>
                <TableCell>{row.justification ?? ''}</TableCell>
                <TableCell>{row.hours} hours</TableCell>
                <TableCell>{formatDateTime(row.createdDateTime)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {requests.length === 0 && <Text>No requests are waiting for approval.</Text>}
      </div>
      {request && deciding && (
        <DecisionPane
          request={request}
          decision={deciding}
          onDone={(message) => {
            setFeedback({ ok: true, message });
            setDeciding(null);
            setSelected(null);
          }}
          onClose={() => setDeciding(null)}
        />
      )}
    </PimLayout>
  );
}
