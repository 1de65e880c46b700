import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { RoleHolderRow } from '../../../../../tenant';
import { formatDateTime } from '../../../../../views/portal-dates';
import { useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';

function scopeText(row: RoleHolderRow): string {
  return row.scopeDisplayName ?? 'Directory';
}

/** Only what was given directly can be removed here; an activation ends on its own or by its holder. */
function removable(row: RoleHolderRow): boolean {
  return row.memberType === 'Direct' && row.assignmentType !== 'Activated';
}

/** A holder of a role, with the role's name where a list spans roles. */
export type AssignmentRow = RoleHolderRow & { readonly roleName?: string };

export interface AssignmentsTableProps {
  readonly label: string;
  readonly rows: readonly AssignmentRow[];
  /** Show which role each row is for (PIM's Assignments across roles). */
  readonly withRole?: boolean;
  readonly empty: string;
}

/**
 * The assignments of Entra's role pages: who, which scope, direct or through a group, from when
 * until when on the simulated clock, and "Remove" on each direct row (with its "Yes" confirmation).
 */
export function AssignmentsTable({ label, rows, withRole = false, empty }: AssignmentsTableProps) {
  const styles = useListStyles();
  const store = useTenantStore();
  const [removing, setRemoving] = useState<RoleHolderRow | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const remove = (row: RoleHolderRow) => {
    const result =
      row.assignmentType === 'Eligible' ? store.send({ type: 'pim.removeEligible', eligibilityId: row.sourceId }) : store.send({ type: 'role.remove', assignmentId: row.sourceId });
    setFeedback(result.ok ? { ok: true, message: `Removed the assignment of ${row.displayName}.` } : { ok: false, title: 'Removing the assignment failed', message: result.error.message });
    setRemoving(null);
  };

  return (
    <>
      <FeedbackBar feedback={feedback} />
      <div className={styles.surface}>
        <Table aria-label={label} size="small" className={styles.table}>
          <TableHeader>
            <TableRow>
              {withRole && <TableHeaderCell>Role</TableHeaderCell>}
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Principal name</TableHeaderCell>
              <TableHeaderCell>Type</TableHeaderCell>
              <TableHeaderCell>Scope</TableHeaderCell>
              <TableHeaderCell>Membership</TableHeaderCell>
              <TableHeaderCell>Start time</TableHeaderCell>
              <TableHeaderCell>End time</TableHeaderCell>
              <TableHeaderCell>Action</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={`${row.sourceId}:${row.principalId}`}>
                {withRole && <TableCell>{row.roleName}</TableCell>}
                <TableCell>{row.displayName}</TableCell>
                <TableCell>{row.userPrincipalName ?? ''}</TableCell>
                <TableCell>{row.principalType}</TableCell>
                <TableCell>{scopeText(row)}</TableCell>
                <TableCell>{row.memberType}</TableCell>
                <TableCell>{formatDateTime(row.startDateTime)}</TableCell>
                <TableCell>{row.endDateTime ? formatDateTime(row.endDateTime) : 'Permanent'}</TableCell>
                <TableCell>
                  {removable(row) && (
                    <Link as="button" aria-label={`Remove ${row.displayName}`} onClick={() => setRemoving(row)}>
                      Remove
                    </Link>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && <Text>{empty}</Text>}
      </div>
      {removing && (
        <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && setRemoving(null)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Remove</DialogTitle>
              <DialogContent>Do you want to remove the selected assignment of {removing.displayName}?</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={() => remove(removing)}>
                  Yes
                </Button>
                <Button onClick={() => setRemoving(null)}>No</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
    </>
  );
}
