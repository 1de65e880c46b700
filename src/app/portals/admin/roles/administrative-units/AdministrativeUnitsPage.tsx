import { Badge, Text, ToolbarButton } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useDeferredValue, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { selectUnitRows } from '../../../../../views/administrative-units';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
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
      <ListToolbar label="Administrative units actions" search={{ label: 'Search administrative units', value: query, onChange: setQuery }}>
        <ToolbarButton icon={<AddRegular />} onClick={() => setAdding(true)}>
          Add unit
        </ToolbarButton>
      </ListToolbar>
      <ListTable
        label="Administrative units"
        rows={rows}
        rowId={(unit) => unit.id}
        count
        empty={units.length === 0 ? 'There are no administrative units yet. Select Add unit to create one.' : 'No units match your search.'}
        onOpen={(unit) => navigate(administrativeUnitPath(unit.id))}
        columns={[
          {
            id: 'name',
            header: 'Name',
            width: '30%',
            cell: (unit, { openLink }) => (
              <span className={styles.nameCell}>
                {openLink(unit.displayName)}
                {unit.isMemberManagementRestricted && (
                  <Badge appearance="tint" color="important" size="small">
                    Restricted management
                  </Badge>
                )}
              </span>
            ),
            sortValue: (unit) => unit.displayName,
          },
          { id: 'description', header: 'Description', cell: (unit) => unit.description ?? '', sortValue: (unit) => unit.description ?? '' },
          { id: 'users', header: 'Users', cell: (unit) => unit.userCount, sortValue: (unit) => unit.userCount },
          { id: 'groups', header: 'Groups', cell: (unit) => unit.groupCount, sortValue: (unit) => unit.groupCount },
        ]}
      />
      {adding && <AddUnitWizard onClose={() => setAdding(false)} />}
      {unitId && <UnitDetailsPane key={unitId} unitId={unitId} onClose={() => navigate(adminPaths.administrativeUnits)} />}
    </Page>
  );
}
