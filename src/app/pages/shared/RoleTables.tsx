import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { rowsEqual } from '../../selectors/equality';
import { selectAssignedRoles, selectRoleRows, type RoleHoldersRow, type RoleRow } from '../../selectors/roles';
import { ReadOnlyTable, type Column } from '../../shell/ReadOnlyTable';
import { useTenant } from '../../tenant-context';

const useStyles = makeStyles({
  heading: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const assignedColumns: readonly Column<RoleHoldersRow>[] = [
  { header: 'Role', cell: (role) => role.displayName, width: '35%' },
  { header: 'Assigned', cell: (role) => role.holders.join(', ') },
];

function RoleName({ role }: { role: RoleRow }) {
  const styles = useStyles();
  return (
    <span className={styles.name}>
      <Text>{role.displayName}</Text>
      {role.isPrivileged && (
        <Badge appearance="tint" color="warning" size="small">
          Privileged
        </Badge>
      )}
    </span>
  );
}

/** Who holds which role, then every built-in role with its description. */
export function RoleTables({ roleHeader }: { roleHeader: string }) {
  const styles = useStyles();
  const assigned = useTenant(selectAssignedRoles, rowsEqual);
  const roles = useTenant(selectRoleRows, rowsEqual);
  const roleColumns: readonly Column<RoleRow>[] = [
    { header: roleHeader, cell: (role) => <RoleName role={role} />, width: '30%' },
    { header: 'Description', cell: (role) => role.description },
    { header: 'Assignments', cell: (role) => role.assignments, width: '110px' },
  ];
  return (
    <>
      <h2 className={styles.heading}>Assigned roles</h2>
      <ReadOnlyTable label="Assigned roles" columns={assignedColumns} rows={assigned} rowId={(role) => role.id} empty="No one holds an admin role." />
      <h2 className={styles.heading}>All roles</h2>
      <ReadOnlyTable label="All roles" columns={roleColumns} rows={roles} rowId={(role) => role.id} empty="There are no roles." />
    </>
  );
}
