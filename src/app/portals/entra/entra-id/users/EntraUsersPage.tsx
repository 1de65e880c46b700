import { Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, ToolbarButton } from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, DeleteRegular } from '@fluentui/react-icons';
import { useDeferredValue, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { rowsEqual } from '../../../../../views/equality';
import { filterEntraUsers, selectEntraUserRows, type EntraUserFilters, type EntraUserRow } from '../../../../../views/entra-users';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { SuccessNotice } from '../../../../kit/SuccessNotice';
import { useTenant } from '../../../../tenant-context';
import { entraPaths, entraUserPath } from '../../paths';
import { DeleteUsersDialog } from './DeleteUsersDialog';
import { UserFilters } from './UserFilters';
import { UsersBlade } from './UsersBlade';

/** What New user or a user's page hands back when they return here, for the notification. */
export interface UsersPageNotice {
  readonly notice: string;
}

function noticeOf(state: unknown): string | undefined {
  return typeof state === 'object' && state !== null && typeof (state as UsersPageNotice).notice === 'string' ? (state as UsersPageNotice).notice : undefined;
}

const columns: readonly ListColumn<EntraUserRow>[] = [
  { id: 'name', header: 'Display name', cell: (row, actions) => actions.openLink(row.displayName), sortValue: (row) => row.displayName, width: '180px' },
  { id: 'upn', header: 'User principal name', cell: (row) => row.userPrincipalName, sortValue: (row) => row.userPrincipalName },
  { id: 'type', header: 'User type', cell: (row) => row.userType, sortValue: (row) => row.userType },
  { id: 'sync', header: 'On-premises sync enabled', cell: (row) => (row.onPremisesSyncEnabled ? 'Yes' : 'No') },
  { id: 'identities', header: 'Identities', cell: (row) => row.identities },
  { id: 'company', header: 'Company name', cell: (row) => row.companyName ?? '' },
  { id: 'creation', header: 'Creation type', cell: (row) => row.creationType ?? '' },
];

/** Entra ID > Users > All users: search, filters, New user, Delete and each user's page. */
export default function EntraUsersPage() {
  const navigate = useNavigate();
  const location = useLocation();
  const users = useTenant(selectEntraUserRows, rowsEqual);
  const [filters, setFilters] = useState<EntraUserFilters>({ search: '' });
  const deferred = useDeferredValue(filters);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deleting, setDeleting] = useState(false);
  const [notice, setNotice] = useState(() => noticeOf(location.state));
  const rows = filterEntraUsers(users, deferred);
  const chosen = users.filter((user) => selected.has(user.id));

  return (
    <UsersBlade section="All users">
      <ListToolbar label="All users actions" search={{ label: 'Search users', value: filters.search, onChange: (search) => setFilters({ ...filters, search }) }}>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <ToolbarButton icon={<AddRegular />}>New user</ToolbarButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => navigate(entraPaths.newUser)}>Create new user</MenuItem>
              <MenuItem onClick={() => navigate(entraPaths.inviteUser)}>Invite external user</MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => setNotice(undefined)}>
          Refresh
        </ToolbarButton>
        <ToolbarButton icon={<DeleteRegular />} disabled={chosen.length === 0} onClick={() => setDeleting(true)}>
          Delete
        </ToolbarButton>
      </ListToolbar>
      <SuccessNotice message={notice} />
      <UserFilters filters={filters} onChange={setFilters} />
      <ListTable
        label="All users"
        rows={rows}
        rowId={(row) => row.id}
        columns={columns}
        count={(shown, picked) => `${shown.toLocaleString('en-US')} ${shown === 1 ? 'user' : 'users'} found${picked > 0 ? `, ${picked} selected` : ''}`}
        selection={{ selected, onChange: setSelected, allLabel: 'Select all users', rowLabel: (row) => `Select ${row.displayName}` }}
        onOpen={(row) => navigate(entraUserPath(row.id))}
        empty="No users found."
        fitContent
      />
      {deleting && (
        <DeleteUsersDialog
          users={chosen}
          onCancel={() => setDeleting(false)}
          onDone={(message) => {
            setDeleting(false);
            setSelected(new Set());
            setNotice(message);
          }}
        />
      )}
    </UsersBlade>
  );
}
