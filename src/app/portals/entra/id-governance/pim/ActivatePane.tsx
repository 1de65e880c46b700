import { Button, Field, Input, SpinButton, Text, Textarea } from '@fluentui/react-components';
import type { MyEligibleRow } from '../../../../../views/pim';
import { FeedbackBar } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { SidePane } from '../../../../kit/SidePane';
import { useActivate, type ActivationOutcome } from './useActivate';

export interface ActivatePaneProps {
  readonly row: MyEligibleRow;
  readonly onActivated: (outcome: ActivationOutcome) => void;
  readonly onClose: () => void;
}

/** My roles > "Activate": "Activate - <role>" with Scope, "Duration (hours)", "Reason" and "Activate". */
export function ActivatePane({ row, onActivated, onClose }: ActivatePaneProps) {
  const styles = useListStyles();
  const state = useActivate(row, onActivated);
  return (
    <SidePane
      title={`Activate - ${row.roleName}`}
      onClose={onClose}
      footer={
        <>
          <Button appearance="primary" onClick={state.activate}>
            Activate
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <FeedbackBar feedback={state.error ? { ok: false, title: 'Activation failed', message: state.error } : null} />
      <dl className={styles.facts}>
        <dt className={styles.term}>Scope</dt>
        <dd className={styles.definition}>{row.scope}</dd>
        <dt className={styles.term}>Start time</dt>
        <dd className={styles.definition}>Now</dd>
      </dl>
      <Field
        label="Duration (hours)"
        hint={state.hoursHint ? undefined : `Up to ${row.maximumHours} hours, in half hours.`}
        validationMessage={state.hoursHint}
        validationState={state.hoursHint ? 'warning' : 'none'}
      >
        <SpinButton
          min={0.5}
          max={24}
          step={0.5}
          value={state.hours}
          onChange={(_, data) => {
            const next = data.value ?? (data.displayValue === undefined ? null : Number.parseFloat(data.displayValue));
            state.setHours(next === null || Number.isNaN(next) ? null : next);
          }}
        />
      </Field>
      <Field label="Reason (max 500 characters)" required={row.requiresJustification} validationMessage={state.reasonHint}>
        <Textarea value={state.reason} maxLength={500} onChange={(_, data) => state.setReason(data.value)} />
      </Field>
      {row.requiresTicket && (
        <>
          <Field label="Ticket number" required>
            <Input value={state.ticketNumber} onChange={(_, data) => state.setTicketNumber(data.value)} />
          </Field>
          <Field label="Ticket system">
            <Input value={state.ticketSystem} onChange={(_, data) => state.setTicketSystem(data.value)} />
          </Field>
        </>
      )}
      {row.requiresApproval && <Text>This role requires approval: your activation waits until an approver approves it.</Text>}
    </SidePane>
  );
}
