import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { rowsEqual } from '../../../../../../views/equality';
import { userGroupsSelector, type UserGroupRow } from '../../../../../../views/entra-user';
import { ListTable, type ListColumn } from '../../../../../kit/ListTable';
import { useTenant } from '../../../../../tenant-context';
import { entraGroupPath } from '../../../paths';
import { UserBlade } from './UserBlade';

const columns: readonly ListColumn<UserGroupRow>[] = [
  { id: 'name', header: 'Name', cell: (row, actions) => actions.openLink(row.displayName), sortValue: (row) => row.displayName, width: '30%' },
  { id: 'id', header: 'Object Id', cell: (row) => row.id },
  { id: 'type', header: 'Group type', cell: (row) => (row.groupType === 'Distribution list' ? 'Distribution' : row.groupType) },
  { id: 'membership', header: 'Membership type', cell: (row) => row.membershipType },
  { id: 'mail', header: 'Email', cell: (row) => row.mail ?? '' },
];

function Groups({ userId }: { readonly userId: string }) {
  const navigate = useNavigate();
  const rows = useTenant(
    useMemo(() => userGroupsSelector(userId), [userId]),
    rowsEqual,
  );
  return (
    <ListTable
      label="Groups"
      rows={rows}
      rowId={(row) => row.id}
      columns={columns}
      count={(shown) => `${shown} ${shown === 1 ? 'group' : 'groups'} found`}
      onOpen={(row) => navigate(entraGroupPath(row.id))}
      empty="This user isn't a member of any group."
    />
  );
}

/** A user's Groups: the groups they are a direct member of. */
export default function UserGroupsPage() {
  return <UserBlade section="groups">{(details) => <Groups userId={details.user.id} />}</UserBlade>;
}
