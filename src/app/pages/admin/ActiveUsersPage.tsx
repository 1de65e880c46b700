import { rowsEqual } from '../../selectors/equality';
import { selectUserRows, type UserRow } from '../../selectors/users';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';
import { LicensesCell, UserNameCell } from '../shared/UserCells';

const columns: readonly Column<UserRow>[] = [
  { header: 'Display name', cell: (user) => <UserNameCell user={user} />, width: '28%' },
  { header: 'Username', cell: (user) => user.userPrincipalName, width: '32%' },
  { header: 'Licenses', cell: (user) => <LicensesCell user={user} /> },
];

/** Users > Active users, read-only: everyone in the directory with their licenses. */
export default function ActiveUsersPage() {
  const users = useTenant(selectUserRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="Active users" columns={columns} rows={users} rowId={(user) => user.id} empty="There are no users in this organization." />
    </Page>
  );
}
