import { Badge, TableCell, TableHeaderCell, TableRow, TableSelectionCell, ToolbarButton } from '@fluentui/react-components';
import { AddRegular, PersonDeleteRegular } from '@fluentui/react-icons';
import { useDeferredValue, useMemo, useState } from 'react';
import type { ProductSummary } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { productUsersSelector, type LicenseUserRow } from '../../../../../views/product-licenses';
import { useTenant } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { FeedbackBar, OutcomeList, type ItemOutcome } from '../../../../kit/Feedback';
import { AssignLicensesPane } from './AssignLicensesPane';
import { UnassignLicensesDialog } from './UnassignLicensesDialog';

function matches(row: LicenseUserRow, needle: string): boolean {
  return needle === '' || row.displayName.toLowerCase().includes(needle) || row.userPrincipalName.toLowerCase().includes(needle);
}

/** A product's Users tab: "+ Assign licenses", "Unassign licenses" on the ticked users, and the list. */
export function UsersTab({ product }: { readonly product: ProductSummary }) {
  const rows = useTenant(useMemo(() => productUsersSelector(product.skuId), [product.skuId]), rowsEqual);
  const [query, setQuery] = useState('');
  const needle = useDeferredValue(query).trim().toLowerCase();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [assigning, setAssigning] = useState(false);
  const [unassigning, setUnassigning] = useState(false);
  const [outcomes, setOutcomes] = useState<readonly ItemOutcome[] | null>(null);

  const shown = rows.filter((row) => matches(row, needle));
  const ticked = rows.filter((row) => selected.has(row.userId));
  const allTicked = shown.length > 0 && shown.every((row) => selected.has(row.userId));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <>
      <ListToolbar label="Users actions" search={{ label: 'Search users with this license', value: query, onChange: setQuery }}>
        <ToolbarButton icon={<AddRegular />} onClick={() => setAssigning(true)}>
          Assign licenses
        </ToolbarButton>
        <ToolbarButton icon={<PersonDeleteRegular />} disabled={ticked.length === 0} onClick={() => setUnassigning(true)}>
          Unassign licenses
        </ToolbarButton>
      </ListToolbar>
      {outcomes &&
        (outcomes.every((outcome) => !outcome.error) ? (
          <FeedbackBar feedback={{ ok: true, message: `${product.displayName} was unassigned from ${outcomes.length === 1 ? outcomes[0]!.name : `${outcomes.length} users`}.` }} />
        ) : (
          <OutcomeList outcomes={outcomes} success="License unassigned." label="Unassign results" />
        ))}
      <ListTable
        label="Users"
        count={shown.length}
        empty={rows.length === 0 ? 'No one has this license yet.' : 'No users match your search.'}
        columns={
          <>
            <TableSelectionCell
              type="checkbox"
              checked={allTicked}
              onClick={() => setSelected(allTicked ? new Set() : new Set(shown.map((row) => row.userId)))}
              checkboxIndicator={{ 'aria-label': 'Select all users' }}
            />
            <TableHeaderCell style={{ width: '28%' }}>Name</TableHeaderCell>
            <TableHeaderCell>Email</TableHeaderCell>
            <TableHeaderCell>Assignment paths</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </>
        }
      >
        {shown.map((row) => (
          <TableRow key={row.userId} aria-selected={selected.has(row.userId)}>
            <TableSelectionCell
              type="checkbox"
              checked={selected.has(row.userId)}
              onClick={() => toggle(row.userId)}
              checkboxIndicator={{ 'aria-label': `Select ${row.displayName}` }}
            />
            <TableCell>{row.displayName}</TableCell>
            <TableCell>{row.userPrincipalName}</TableCell>
            <TableCell>{row.assignmentPaths}</TableCell>
            <TableCell>
              {row.problem ? (
                <Badge appearance="tint" color="danger" size="small">
                  {row.problem}
                </Badge>
              ) : (
                'Active'
              )}
            </TableCell>
          </TableRow>
        ))}
      </ListTable>
      {assigning && <AssignLicensesPane product={product} onClose={() => setAssigning(false)} />}
      {unassigning && (
        <UnassignLicensesDialog
          product={product}
          users={ticked}
          onDone={(results) => {
            setOutcomes(results);
            setSelected(new Set(results.filter((outcome) => outcome.error).map((outcome) => outcome.id)));
          }}
          onClose={() => setUnassigning(false)}
        />
      )}
    </>
  );
}
