import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Link } from '@fluentui/react-components';
import { useState } from 'react';
import type { RoleHolderRow } from '../../../../../tenant';
import { formatDateTime } from '../../../../../views/portal-dates';
import { useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';

function scopeText(row: RoleHolderRow): string {
  return row.scopeDisplayName ?? 'Directory';
}

/** Only what was given directly can be removed here; an activation ends on its own or by its holder. */
function removable(row: RoleHolderRow): boolean {
  return row.memberType === 'Direct' && row.assignmentType !== 'Activated';
}

/** A holder of a role, with the role's name where a list spans roles. */
export type AssignmentRow = RoleHolderRow & { readonly roleName?: string };

const roleColumn: ListColumn<AssignmentRow> = { id: 'role', header: 'Role', cell: (row) => row.roleName };

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
  const store = useTenantStore();
  const [removing, setRemoving] = useState<RoleHolderRow | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const columns: readonly ListColumn<AssignmentRow>[] = [
    { id: 'name', header: 'Name', cell: (row) => row.displayName },
    { id: 'principal', header: 'Principal name', cell: (row) => row.userPrincipalName ?? '' },
    { id: 'type', header: 'Type', cell: (row) => row.principalType },
    { id: 'scope', header: 'Scope', cell: scopeText },
    { id: 'membership', header: 'Membership', cell: (row) => row.memberType },
    { id: 'start', header: 'Start time', cell: (row) => formatDateTime(row.startDateTime) },
    { id: 'end', header: 'End time', cell: (row) => (row.endDateTime ? formatDateTime(row.endDateTime) : 'Permanent') },
    {
      id: 'action',
      header: 'Action',
      cell: (row) =>
        removable(row) && (
          <Link as="button" aria-label={`Remove ${row.displayName}`} onClick={() => setRemoving(row)}>
            Remove
          </Link>
        ),
    },
  ];

  const remove = (row: RoleHolderRow) => {
    const result =
      row.assignmentType === 'Eligible' ? store.send({ type: 'pim.removeEligible', eligibilityId: row.sourceId }) : store.send({ type: 'role.remove', assignmentId: row.sourceId });
    setFeedback(result.ok ? { ok: true, message: `Removed the assignment of ${row.displayName}.` } : { ok: false, title: 'Removing the assignment failed', message: result.error.message });
    setRemoving(null);
  };

  return (
    <>
      <FeedbackBar feedback={feedback} />
      <ListTable label={label} rows={rows} rowId={(row) => `${row.sourceId}:${row.principalId}`} columns={withRole ? [roleColumn, ...columns] : columns} empty={empty} fitContent />
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
