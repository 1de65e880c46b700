import { Badge, SearchBox, Text } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import { useNavigate } from 'react-router';
import { rowsEqual } from '../../../../../views/equality';
import { selectRoleList, type RoleListRow } from '../../../../../views/role-management';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { entraRolePath } from '../../paths';

function roleColumns(nameCell: string): readonly ListColumn<RoleListRow>[] {
  return [
    {
      id: 'role',
      header: 'Role',
      width: '28%',
      cell: (role, { openLink }) => (
        <span className={nameCell}>
          {openLink(role.displayName)}
          {role.isPrivileged && (
            <Badge appearance="tint" color="warning" size="small">
              PRIVILEGED
            </Badge>
          )}
        </span>
      ),
    },
    { id: 'description', header: 'Description', cell: (role) => role.description },
    { id: 'type', header: 'Type', width: '110px', cell: () => 'Built-in' },
    { id: 'assignments', header: 'Assignments', width: '110px', cell: (role) => role.assignments },
  ];
}

/** Entra ID > Roles & admins ("All roles"): every built-in role; a role's name opens its assignments. */
export default function EntraRolesPage() {
  const styles = useListStyles();
  const navigate = useNavigate();
  const roles = useTenant(selectRoleList, rowsEqual);
  const [query, setQuery] = useState('');
  const needle = useDeferredValue(query).trim().toLowerCase();
  const columns = roleColumns(styles.nameCell);
  const rows = needle ? roles.filter((role) => role.displayName.toLowerCase().includes(needle) || role.description.toLowerCase().includes(needle)) : roles;
  return (
    <Page title="Roles and administrators | All roles">
      <Text>Select a role to see its assignments, or to assign it. Roles marked privileged can be used to change who has access, so assign them sparingly.</Text>
      <div className={styles.bar}>
        <Text className={styles.muted}>
          {rows.length} of {roles.length} roles
        </Text>
        <SearchBox className={styles.search} placeholder="Search by name or description" aria-label="Search by name or description" value={query} onChange={(_, data) => setQuery(data.value)} />
      </div>
      <ListTable label="All roles" rows={rows} rowId={(role) => role.id} columns={columns} empty="No roles match your search." onOpen={(role) => navigate(entraRolePath(role.id))} />
    </Page>
  );
}
