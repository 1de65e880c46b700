import { rowsEqual } from '../../selectors/equality';
import { selectGuestUserRows, type UserRow } from '../../selectors/users';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';
import { UserNameCell } from '../shared/UserCells';

const columns: readonly Column<UserRow>[] = [
  { header: 'Display name', cell: (user) => <UserNameCell user={user} />, width: '40%' },
  { header: 'Username', cell: (user) => user.userPrincipalName },
];

/** Users > Guest users: the directory's users of type Guest. */
export default function GuestUsersPage() {
  const users = useTenant(selectGuestUserRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="Guest users" columns={columns} rows={users} rowId={(user) => user.id} empty="There are no guest users in this organization." />
    </Page>
  );
}
