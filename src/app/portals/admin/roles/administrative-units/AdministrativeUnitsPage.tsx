import { Badge, Link, SearchBox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useDeferredValue, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { selectUnitRows } from '../../../../../views/administrative-units';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { useListStyles } from '../../../../kit/list-styles';
import { AddUnitWizard } from './AddUnitWizard';
import { UnitDetailsPane } from './UnitDetailsPane';
import { adminPaths, administrativeUnitPath } from '../../paths';


/** Roles > Administrative units: the units, "Add unit", and each unit's details (`…/<unit id>`). */
export default function AdministrativeUnitsPage() {
  const styles = useListStyles();
  const navigate = useNavigate();
  const { unitId } = useParams();
  const units = useTenant(selectUnitRows, rowsEqual);
  const [adding, setAdding] = useState(false);
  const [query, setQuery] = useState('');
  const needle = useDeferredValue(query).trim().toLowerCase();
  const rows = needle ? units.filter((unit) => unit.displayName.toLowerCase().includes(needle)) : units;
  return (
    <Page>
      <Text>Administrative units let you divide your organization into smaller units, and then assign admins who can manage only the members of those units.</Text>
      <div className={styles.bar}>
        <Toolbar aria-label="Administrative units actions">
          <ToolbarButton icon={<AddRegular />} onClick={() => setAdding(true)}>
            Add unit
          </ToolbarButton>
        </Toolbar>
        <SearchBox className={styles.search} placeholder="Search" aria-label="Search administrative units" value={query} onChange={(_, data) => setQuery(data.value)} />
      </div>
      <Text className={styles.muted}>{rows.length === 1 ? '1 item' : `${rows.length} items`}</Text>
      <div className={styles.surface}>
        <Table aria-label="Administrative units" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: '30%' }}>Name</TableHeaderCell>
              <TableHeaderCell>Description</TableHeaderCell>
              <TableHeaderCell>Users</TableHeaderCell>
              <TableHeaderCell>Groups</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((unit) => (
              <TableRow key={unit.id}>
                <TableCell>
                  <span className={styles.nameCell}>
                    <Link as="button" onClick={() => navigate(administrativeUnitPath(unit.id))}>
                      {unit.displayName}
                    </Link>
                    {unit.isMemberManagementRestricted && (
                      <Badge appearance="tint" color="important" size="small">
                        Restricted management
                      </Badge>
                    )}
                  </span>
                </TableCell>
                <TableCell>{unit.description ?? ''}</TableCell>
                <TableCell>{unit.userCount}</TableCell>
                <TableCell>{unit.groupCount}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && <Text>{units.length === 0 ? 'There are no administrative units yet. Select Add unit to create one.' : 'No units match your search.'}</Text>}
      </div>
      {adding && <AddUnitWizard onClose={() => setAdding(false)} />}
      {unitId && <UnitDetailsPane key={unitId} unitId={unitId} onClose={() => navigate(adminPaths.administrativeUnits)} />}
    </Page>
  );
}
