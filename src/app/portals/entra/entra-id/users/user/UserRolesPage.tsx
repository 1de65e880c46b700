import { Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { rowsEqual } from '../../../../../../views/equality';
import { userRoleAssignmentsSelector, type UserRoleAssignmentRow } from '../../../../../../views/entra-user';
import { ListTable, type ListColumn } from '../../../../../kit/ListTable';
import { RouterLink } from '../../../../../shell/RouterLink';
import { useTenant } from '../../../../../tenant-context';
import { entraPaths } from '../../../paths';
import { UserBlade } from './UserBlade';

const columns: readonly ListColumn<UserRoleAssignmentRow>[] = [
  { id: 'role', header: 'Role', cell: (row) => row.roleName, sortValue: (row) => row.roleName, width: '30%' },
  { id: 'description', header: 'Description', cell: (row) => row.description },
  { id: 'scope', header: 'Scope', cell: (row) => row.scope },
  { id: 'membership', header: 'Membership', cell: (row) => row.membership },
];

function Roles({ userId }: { readonly userId: string }) {
  const rows = useTenant(
    useMemo(() => userRoleAssignmentsSelector(userId), [userId]),
    rowsEqual,
  );
  return (
    <>
      <Text>
        The roles this user can use now: assigned to them, through a group, or activated in Privileged Identity Management. To assign a role, open it in{' '}
        <RouterLink to={entraPaths.roles} inline>
          Roles & admins
        </RouterLink>
        .
      </Text>
      <ListTable label="Active assignments" rows={rows} rowId={(row) => row.id} columns={columns} empty="No role assignments found." />
    </>
  );
}

/** A user's Assigned roles. */
export default function UserRolesPage() {
  return <UserBlade section="assignedRoles">{(details) => <Roles userId={details.user.id} />}</UserBlade>;
}
