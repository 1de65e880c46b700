import { rowsEqual } from '../../../../../views/equality';
import { selectUserRows, type UserRow } from '../../../../../views/users';
import { Page } from '../../../../shell/Page';
import { ReadOnlyTable, type Column } from '../../../../shell/ReadOnlyTable';
import { useTenant } from '../../../../tenant-context';
import { UserNameCell } from '../../../shared/UserCells';

const columns: readonly Column<UserRow>[] = [
  { header: 'Display name', cell: (user) => <UserNameCell user={user} />, width: '28%' },
  { header: 'User principal name', cell: (user) => user.userPrincipalName, width: '34%' },
  { header: 'User type', cell: (user) => user.userType },
  { header: 'On-premises sync enabled', cell: (user) => (user.onPremisesSyncEnabled ? 'Yes' : 'No') },
];

/** Entra ID > Users (All users), read-only. */
export default function EntraUsersPage() {
  const users = useTenant(selectUserRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="All users" columns={columns} rows={users} rowId={(user) => user.id} empty="There are no users in this directory." />
    </Page>
  );
}
