import { rowsEqual } from '../../selectors/equality';
import { selectDeletedUserRows, type UserRow } from '../../selectors/users';
import { Page } from '../../shell/Page';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { formatInstant } from '../../lab/format-instant';
import { useTenant } from '../../tenant-context';
import { LicensesCell, UserNameCell } from '../shared/UserCells';

const columns: readonly Column<UserRow>[] = [
  { header: 'Display name', cell: (user) => <UserNameCell user={user} />, width: '25%' },
  { header: 'Username', cell: (user) => user.userPrincipalName, width: '30%' },
  { header: 'Deleted on', cell: (user) => (user.deletedDateTime ? formatInstant(user.deletedDateTime) : '') },
  { header: 'Licenses', cell: (user) => <LicensesCell user={user} /> },
];

/** Users > Deleted users: soft-deleted users, restorable for 30 days. */
export default function DeletedUsersPage() {
  const users = useTenant(selectDeletedUserRows, rowsEqual);
  return (
    <Page>
      <ReadOnlyTable label="Deleted users" columns={columns} rows={users} rowId={(user) => user.id} empty="There are no deleted users. A deleted user stays here for 30 days, then is removed for good." />
    </Page>
  );
}
