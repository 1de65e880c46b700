import { Badge, ToolbarButton } from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { ProductSummary } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { productGroupsSelector, type LicenseGroupRow } from '../../../../../views/product-licenses';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { FeedbackBar, OutcomeList, type ItemOutcome } from '../../../../kit/Feedback';
import { AssignGroupsPane } from './AssignGroupsPane';
import { GroupLicensingPane } from './GroupLicensingPane';

const STATUS_COLOR = { 'All licenses assigned': 'success', 'Errors & issues': 'danger' } as const;

/** A product's Groups tab: the groups that give it to their members, and how that went. */
export function GroupsTab({ product }: { readonly product: ProductSummary }) {
  const store = useTenantStore();
  const rows = useTenant(useMemo(() => productGroupsSelector(product.skuId), [product.skuId]), rowsEqual);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [assigning, setAssigning] = useState(false);
  const [opened, setOpened] = useState<LicenseGroupRow | null>(null);
  const [outcomes, setOutcomes] = useState<readonly ItemOutcome[] | null>(null);
  const ticked = rows.filter((row) => selected.has(row.groupId));

  const unassign = () => {
    const results = ticked.map((row) => {
      const result = store.send({ type: 'group.assignLicense', groupId: row.groupId, addLicenses: [], removeLicenses: [product.skuId] });
      return { id: row.groupId, name: row.displayName, error: result.ok ? null : result.error.message };
    });
    setOutcomes(results);
    setSelected(new Set(results.filter((outcome) => outcome.error).map((outcome) => outcome.id)));
  };
  const failed = outcomes?.filter((outcome) => outcome.error) ?? [];

  return (
    <>
      <ListToolbar label="Groups actions">
        <ToolbarButton icon={<AddRegular />} onClick={() => setAssigning(true)}>
          Assign licenses
        </ToolbarButton>
        <ToolbarButton icon={<DeleteRegular />} disabled={ticked.length === 0} onClick={unassign}>
          Unassign licenses
        </ToolbarButton>
      </ListToolbar>
      {outcomes &&
        (failed.length === 0 ? (
          <FeedbackBar feedback={{ ok: true, message: `Licenses unassigned from ${outcomes.length === 1 ? outcomes[0]!.name : `${outcomes.length} groups`}. Their members lose them unless they have them another way.` }} />
        ) : (
          <OutcomeList outcomes={outcomes} success="Licenses unassigned." label="Unassign results" />
        ))}
      <ListTable
        label="Groups"
        rows={rows}
        rowId={(row) => row.groupId}
        count
        empty="No groups assign this license. Assign it to a group to license its members automatically."
        selection={{ selected, onChange: setSelected, allLabel: 'Select all groups', rowLabel: (row) => `Select ${row.displayName}` }}
        onOpen={setOpened}
        columns={[
          { id: 'group', header: 'Group', width: '36%', cell: (row, { openLink }) => openLink(row.displayName), sortValue: (row) => row.displayName },
          {
            id: 'status',
            header: 'Status',
            cell: (row) => (
              <Badge appearance="tint" color={STATUS_COLOR[row.status]} size="small">
                {row.status}
              </Badge>
            ),
            sortValue: (row) => row.status,
          },
          { id: 'assigned', header: 'Successfully assigned', cell: (row) => row.assignedCount, sortValue: (row) => row.assignedCount },
          { id: 'errors', header: 'Actions needed', cell: (row) => row.errorCount, sortValue: (row) => row.errorCount },
        ]}
      />
      {assigning && <AssignGroupsPane product={product} onClose={() => setAssigning(false)} />}
      {opened && <GroupLicensingPane product={product} groupId={opened.groupId} onClose={() => setOpened(null)} />}
    </>
  );
}
