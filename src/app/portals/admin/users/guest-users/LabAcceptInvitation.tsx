import { makeStyles } from '@fluentui/react-components';
import type { GuestRow } from '../../../../../views/guests';
import { useTenantStore } from '../../../../tenant-context';

/*
 * The sandbox's own control, drawn like the lab strip (monospace, paper yellow, a dashed edge)
 * and never like a portal button: in a real tenant the guest accepts the invitation from their
 * mailbox, outside the admin center. Here the learner plays the guest.
 */
const useStyles = makeStyles({
  button: {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '12px',
    lineHeight: '20px',
    color: '#3b3200',
    backgroundColor: '#fdf6d8',
    border: '1px dashed #b08800',
    borderRadius: '2px',
    padding: '0 8px',
    cursor: 'pointer',
    ':hover': { backgroundColor: '#f6e7a6' },
    ':focus-visible': { outline: '2px solid #3b3200', outlineOffset: '1px' },
  },
  notice: {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: '12px',
    color: '#3b3200',
    backgroundColor: '#fdf6d8',
    borderLeft: '3px dashed #b08800',
    padding: '2px 8px',
  },
});

/** What the lab control did, in the lab's own styling (a live region, so it is announced). */
export function LabNotice({ message }: { message: string | undefined }) {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite">
      {message && <span className={styles.notice}>{message}</span>}
    </div>
  );
}

/** "Tenant Lab: mark invitation accepted": the guest redeems the invitation (guest.redeemInvitation). */
export function LabAcceptInvitation({ guest, onResult }: { guest: GuestRow; onResult: (message: string) => void }) {
  const styles = useStyles();
  const store = useTenantStore();
  const accept = () => {
    const result = store.send({ type: 'guest.redeemInvitation', userId: guest.id });
    onResult(result.ok ? `Tenant Lab: ${guest.displayName} accepted the invitation.` : result.error.message);
  };
  return (
    <button type="button" className={styles.button} onClick={accept} aria-label={`Tenant Lab: mark invitation accepted for ${guest.displayName}`}>
      Tenant Lab: mark invitation accepted
    </button>
  );
}
