import {
  Badge,
  SearchBox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TableSelectionCell,
  Text,
  Toolbar,
  ToolbarButton,
} from '@fluentui/react-components';
import { AddRegular, PersonDeleteRegular } from '@fluentui/react-icons';
import { useDeferredValue, useMemo, useState } from 'react';
import type { ProductSummary } from '../../../../../tenant';
import { rowsEqual } from '../../../../selectors/equality';
import { productUsersSelector, type LicenseUserRow } from '../../../../selectors/product-licenses';
import { useTenant } from '../../../../tenant-context';
import { FeedbackBar, OutcomeList, type ItemOutcome } from '../common/Feedback';
import { useListStyles } from '../common/list-styles';
import { AssignLicensesPane } from './AssignLicensesPane';
import { UnassignLicensesDialog } from './UnassignLicensesDialog';

function matches(row: LicenseUserRow, needle: string): boolean {
  return needle === '' || row.displayName.toLowerCase().includes(needle) || row.userPrincipalName.toLowerCase().includes(needle);
}

/** A product's Users tab: "+ Assign licenses", "Unassign licenses" on the ticked users, and the list. */
export function UsersTab({ product }: { readonly product: ProductSummary }) {
  const styles = useListStyles();
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
      <div className={styles.bar}>
        <Toolbar aria-label="Users actions">
          <ToolbarButton icon={<AddRegular />} onClick={() => setAssigning(true)}>
            Assign licenses
          </ToolbarButton>
          <ToolbarButton icon={<PersonDeleteRegular />} disabled={ticked.length === 0} onClick={() => setUnassigning(true)}>
            Unassign licenses
          </ToolbarButton>
        </Toolbar>
        <SearchBox className={styles.search} placeholder="Search" aria-label="Search users with this license" value={query} onChange={(_, data) => setQuery(data.value)} />
      </div>
      {outcomes &&
        (outcomes.every((outcome) => !outcome.error) ? (
          <FeedbackBar feedback={{ ok: true, message: `${product.displayName} was unassigned from ${outcomes.length === 1 ? outcomes[0]!.name : `${outcomes.length} users`}.` }} />
        ) : (
          <OutcomeList outcomes={outcomes} success="License unassigned." label="Unassign results" />
        ))}
      <Text className={styles.muted}>{shown.length === 1 ? '1 item' : `${shown.length} items`}</Text>
      <div className={styles.surface}>
        <Table aria-label="Users" size="small">
          <TableHeader>
            <TableRow>
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
            </TableRow>
          </TableHeader>
          <TableBody>
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
          </TableBody>
        </Table>
        {shown.length === 0 && <Text>{rows.length === 0 ? 'No one has this license yet.' : 'No users match your search.'}</Text>}
      </div>
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
