import { Badge, ToolbarButton } from '@fluentui/react-components';
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
        rows={shown}
        rowId={(row) => row.userId}
        count
        empty={rows.length === 0 ? 'No one has this license yet.' : 'No users match your search.'}
        selection={{ selected, onChange: setSelected, allLabel: 'Select all users', rowLabel: (row) => `Select ${row.displayName}` }}
        columns={[
          { id: 'name', header: 'Name', width: '28%', cell: (row) => row.displayName, sortValue: (row) => row.displayName },
          { id: 'email', header: 'Email', cell: (row) => row.userPrincipalName, sortValue: (row) => row.userPrincipalName },
          { id: 'paths', header: 'Assignment paths', cell: (row) => row.assignmentPaths, sortValue: (row) => row.assignmentPaths },
          {
            id: 'status',
            header: 'Status',
            cell: (row) =>
              row.problem ? (
                <Badge appearance="tint" color="danger" size="small">
                  {row.problem}
                </Badge>
              ) : (
                'Active'
              ),
            sortValue: (row) => row.problem ?? 'Active',
          },
        ]}
      />
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
