import { Badge, Link, SearchBox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import { useNavigate } from 'react-router';
import { rowsEqual } from '../../../../../views/equality';
import { selectRoleList } from '../../../../../views/role-management';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { useListStyles } from '../../../../kit/list-styles';
import { entraRolePath } from '../../paths';

/** Entra ID > Roles & admins ("All roles"): every built-in role; a role's name opens its assignments. */
export default function EntraRolesPage() {
  const styles = useListStyles();
  const navigate = useNavigate();
  const roles = useTenant(selectRoleList, rowsEqual);
  const [query, setQuery] = useState('');
  const needle = useDeferredValue(query).trim().toLowerCase();
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
      <div className={styles.surface}>
        <Table aria-label="All roles" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '28%' }}>Role</TableHeaderCell>
              <TableHeaderCell>Description</TableHeaderCell>
              <TableHeaderCell style={{ width: '110px' }}>Type</TableHeaderCell>
              <TableHeaderCell style={{ width: '110px' }}>Assignments</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((role) => (
              <TableRow key={role.id}>
                <TableCell>
                  <span className={styles.nameCell}>
                    <Link as="button" onClick={() => navigate(entraRolePath(role.id))}>
                      {role.displayName}
                    </Link>
                    {role.isPrivileged && (
                      <Badge appearance="tint" color="warning" size="small">
                        PRIVILEGED
                      </Badge>
                    )}
                  </span>
                </TableCell>
                <TableCell>{role.description}</TableCell>
                <TableCell>Built-in</TableCell>
                <TableCell>{role.assignments}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && <Text>No roles match your search.</Text>}
      </div>
    </Page>
  );
}
