import { useState } from 'react';
import type { MyEligibleRow } from '../../../../../views/pim';
import { useTenantStore } from '../../../../tenant-context';

/** The default duration PIM proposes: 8 hours, or the role's maximum when that is shorter. */
function defaultHours(row: MyEligibleRow): number {
  return Math.min(8, row.maximumHours);
}

export type ActivationOutcome = 'activated' | 'pending';

/**
 * "Activate - <role>": the duration, the reason and ticket the role's settings ask for, and the one
 * `pim.activate` it sends. The tenant checks the settings; its refusal is shown in the pane.
 */
export function useActivate(row: MyEligibleRow, onActivated: (outcome: ActivationOutcome) => void) {
  const store = useTenantStore();
  const [hours, setHours] = useState<number | null>(defaultHours(row));
  const [reason, setReason] = useState('');
  const [ticketNumber, setTicketNumber] = useState('');
  const [ticketSystem, setTicketSystem] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);

  const hoursHint = hours !== null && hours > row.maximumHours ? `The maximum for this role is ${row.maximumHours} hours.` : undefined;
  const reasonHint = touched && row.requiresJustification && !reason.trim() ? 'A reason is required to activate this role.' : undefined;

  const activate = () => {
    setTouched(true);
    const result = store.send({
      type: 'pim.activate',
      roleDefinitionId: row.roleDefinitionId,
      directoryScopeId: row.directoryScopeId,
      ...(hours === null ? {} : { durationHours: hours }),
      ...(reason.trim() ? { justification: reason } : {}),
      ...(ticketNumber.trim() ? { ticketNumber, ticketSystem } : {}),
    });
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    onActivated(row.requiresApproval ? 'pending' : 'activated');
  };

  return { hours, setHours, reason, setReason, ticketNumber, setTicketNumber, ticketSystem, setTicketSystem, error, hoursHint, reasonHint, activate };
}
