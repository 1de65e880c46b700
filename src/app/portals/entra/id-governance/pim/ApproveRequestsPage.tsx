import { Button, Field, Textarea, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { CheckmarkRegular, DismissRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { rowsEqual } from '../../../../../views/equality';
import { selectApprovals, type ApprovalRow } from '../../../../../views/pim';
import { formatDateTime } from '../../../../../views/portal-dates';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
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
      <ListTable
        label="Requests for role activations"
        rows={requests}
        rowId={(row) => row.requestId}
        selection={{ selected: selected ? new Set([selected]) : new Set(), onChange: (chosen) => setSelected([...chosen][0] ?? null), single: true, rowLabel: (row) => `Select the request of ${row.requestor}` }}
        columns={[
          {
            id: 'requestor',
            header: 'Requestor',
            cell: (row) => (
              <>
                {row.requestor}
                <br />
                <span className={styles.muted}>{row.requestorUpn}</span>
              </>
            ),
          },
          { id: 'role', header: 'Role', cell: (row) => row.roleName },
          { id: 'scope', header: 'Scope', cell: (row) => row.scope },
          { id: 'reason', header: 'Reason', cell: (row) => row.justification ?? '' },
          { id: 'duration', header: 'Duration', cell: (row) => `${row.hours} hours` },
          { id: 'time', header: 'Request time', cell: (row) => formatDateTime(row.createdDateTime) },
        ]}
        empty="No requests are waiting for approval."
        fitContent
      />
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
