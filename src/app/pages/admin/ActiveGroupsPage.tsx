import { rowsEqual } from '../../selectors/equality';
import { selectGroupRows, type GroupRow } from '../../selectors/groups';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';

const columns: readonly Column<GroupRow>[] = [
  { header: 'Name', cell: (group) => group.displayName, width: '28%' },
  { header: 'Email', cell: (group) => group.mail ?? '', width: '32%' },
  { header: 'Group type', cell: (group) => group.groupType },
  { header: 'Members', cell: (group) => (group.dynamic ? `${group.memberCount} (dynamic)` : group.memberCount) },
];

/** Teams & groups > Active teams & groups, read-only, all kinds in one list. */
export default function ActiveGroupsPage() {
  const groups = useTenant(selectGroupRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="Active teams and groups" columns={columns} rows={groups} rowId={(group) => group.id} empty="There are no groups in this organization." />
    </Page>
  );
}
