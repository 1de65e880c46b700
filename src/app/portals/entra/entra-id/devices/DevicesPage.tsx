import { Toolbar, ToolbarButton } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DeleteRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Command } from '../../../../../tenant';
import { selectDeviceRows, type DeviceRow } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { formatDateTime } from '../../../../../views/portal-dates';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';

const COLUMNS: readonly ListColumn<DeviceRow>[] = [
  { id: 'name', header: 'Name', cell: (row) => row.displayName },
  { id: 'enabled', header: 'Enabled', cell: (row) => row.enabled },
  { id: 'os', header: 'OS', cell: (row) => row.operatingSystem },
  { id: 'version', header: 'Version', cell: (row) => row.version },
  { id: 'joinType', header: 'Join type', cell: (row) => row.joinType },
  { id: 'owner', header: 'Owner', cell: (row) => row.owner },
  { id: 'compliant', header: 'Compliant', cell: (row) => row.compliant },
  { id: 'activity', header: 'Activity', cell: (row) => (row.activity ? formatDateTime(row.activity) : '') },
];

/** Entra ID > Devices > All devices: join type, owner, compliance and activity; Enable, Disable and Delete. */
export default function DevicesPage() {
  const store = useTenantStore();
  const rows = useTenant(selectDeviceRows, rowsEqual);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const act = (label: string, command: (deviceId: string) => Command) => {
    const failures: string[] = [];
    for (const deviceId of selected) {
      const result = store.send(command(deviceId));
      if (!result.ok) failures.push(result.error.message);
    }
    setFeedback(failures.length === 0 ? { ok: true, message: `${label}: ${selected.size} device${selected.size === 1 ? '' : 's'}.` } : { ok: false, title: `${label} failed`, message: failures.join(' ') });
    setSelected(new Set());
  };
  return (
    <Page title="All devices">
      <FeedbackBar feedback={feedback} />
      <Toolbar aria-label="Devices actions">
        <ToolbarButton icon={<CheckmarkCircleRegular />} disabled={selected.size === 0} onClick={() => act('Enabled', (deviceId) => ({ type: 'device.update', deviceId, accountEnabled: true }))}>
          Enable
        </ToolbarButton>
        <ToolbarButton icon={<DismissCircleRegular />} disabled={selected.size === 0} onClick={() => act('Disabled', (deviceId) => ({ type: 'device.update', deviceId, accountEnabled: false }))}>
          Disable
        </ToolbarButton>
        <ToolbarButton icon={<DeleteRegular />} disabled={selected.size === 0} onClick={() => act('Deleted', (deviceId) => ({ type: 'device.delete', deviceId }))}>
          Delete
        </ToolbarButton>
      </Toolbar>
      <ListTable
        label="All devices"
        rows={rows}
        rowId={(row) => row.id}
        columns={COLUMNS}
        selection={{ selected, onChange: setSelected, allLabel: 'Select all devices', rowLabel: (row) => `Select ${row.displayName}` }}
        count={(shown) => (shown === 1 ? '1 device found' : `${shown} devices found`)}
        empty="No devices found."
      />
    </Page>
  );
}
