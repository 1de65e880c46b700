import { rowsEqual } from '../../selectors/equality';
import { selectGroupRows, type GroupRow } from '../../selectors/groups';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';

/** Entra's Group type column says "Distribution" where the admin center says "Distribution list". */
function entraGroupType(group: GroupRow): string {
  return group.groupType === 'Distribution list' ? 'Distribution' : group.groupType;
}

const columns: readonly Column<GroupRow>[] = [
  { header: 'Name', cell: (group) => group.displayName, width: '25%' },
  { header: 'Object Id', cell: (group) => group.id, width: '30%' },
  { header: 'Group type', cell: entraGroupType },
  { header: 'Membership type', cell: (group) => (group.dynamic ? 'Dynamic' : 'Assigned') },
  { header: 'Email', cell: (group) => group.mail ?? '' },
];

/** Entra ID > Groups (All groups), read-only. */
export default function EntraGroupsPage() {
  const groups = useTenant(selectGroupRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="All groups" columns={columns} rows={groups} rowId={(group) => group.id} empty="There are no groups in this directory." />
    </Page>
  );
}
