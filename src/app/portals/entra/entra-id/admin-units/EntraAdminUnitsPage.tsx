import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  SearchBox,
  Toolbar,
  ToolbarButton,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { useDeferredValue, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { selectUnitRows } from '../../../../../views/administrative-units';
import { rowsEqual } from '../../../../../views/equality';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { UnitDetailsPane } from '../../../admin/roles/administrative-units/UnitDetailsPane';
import { AddEntraUnitPane } from './AddEntraUnitPane';
import { entraAdministrativeUnitPath, entraPaths } from '../../paths';

/** Entra ID > Roles & admins > Admin units: the units, "Add", "Delete", and each unit's details. */
export default function EntraAdminUnitsPage() {
  const styles = useListStyles();
  const store = useTenantStore();
  const navigate = useNavigate();
  const { unitId } = useParams();
  const units = useTenant(selectUnitRows, rowsEqual);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [query, setQuery] = useState('');
  const needle = useDeferredValue(query).trim().toLowerCase();
  const rows = needle ? units.filter((unit) => unit.displayName.toLowerCase().includes(needle)) : units;
  const ticked = units.filter((unit) => selected.has(unit.id));

  const remove = () => {
    const failures: string[] = [];
    for (const unit of ticked) {
      const result = store.send({ type: 'administrativeUnit.delete', administrativeUnitId: unit.id });
      if (!result.ok) failures.push(`${unit.displayName}: ${result.error.message}`);
    }
    setFeedback(failures.length === 0 ? { ok: true, message: `Deleted ${ticked.map((unit) => unit.displayName).join(', ')}.` } : { ok: false, title: 'Deleting failed', message: failures.join(' ') });
    setSelected(new Set());
    setDeleting(false);
  };

  return (
    <Page title="Administrative units">
      <FeedbackBar feedback={feedback} />
      <div className={styles.bar}>
        <Toolbar aria-label="Administrative units actions">
          <ToolbarButton icon={<AddRegular />} onClick={() => setAdding(true)}>
            Add
          </ToolbarButton>
          <ToolbarButton icon={<DeleteRegular />} disabled={ticked.length === 0} onClick={() => setDeleting(true)}>
            Delete
          </ToolbarButton>
        </Toolbar>
        <SearchBox className={styles.search} placeholder="Search administrative units" aria-label="Search administrative units" value={query} onChange={(_, data) => setQuery(data.value)} />
      </div>
      <ListTable
        label="Administrative units"
        rows={rows}
        rowId={(unit) => unit.id}
        selection={{ selected, onChange: setSelected, allLabel: 'Select all administrative units', rowLabel: (unit) => `Select ${unit.displayName}` }}
        count={(shown) => (shown === 1 ? '1 administrative unit found' : `${shown} administrative units found`)}
        columns={[
          { id: 'name', header: 'Name', cell: (unit, { openLink }) => openLink(unit.displayName) },
          { id: 'description', header: 'Description', cell: (unit) => unit.description ?? '' },
          { id: 'restricted', header: 'Restricted management', cell: (unit) => (unit.isMemberManagementRestricted ? 'Yes' : 'No') },
          { id: 'membership', header: 'Membership type', cell: () => 'Assigned' },
        ]}
        empty="No administrative units found."
        onOpen={(unit) => navigate(entraAdministrativeUnitPath(unit.id))}
      />
      {adding && <AddEntraUnitPane onClose={() => setAdding(false)} />}
      {deleting && (
        <Dialog open modalType="alert" onOpenChange={(_, data) => !data.open && setDeleting(false)}>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>Delete administrative units</DialogTitle>
              <DialogContent>Do you want to delete {ticked.map((unit) => unit.displayName).join(', ')}? The roles assigned over them are removed too.</DialogContent>
              <DialogActions>
                <Button appearance="primary" onClick={remove}>
                  Yes
                </Button>
                <Button onClick={() => setDeleting(false)}>No</Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      )}
      {unitId && <UnitDetailsPane key={unitId} unitId={unitId} onClose={() => navigate(entraPaths.administrativeUnits)} />}
    </Page>
  );
}
