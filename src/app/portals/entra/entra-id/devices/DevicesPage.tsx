import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, TableSelectionCell, Text, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { CheckmarkCircleRegular, DeleteRegular, DismissCircleRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Command } from '../../../../../tenant';
import { selectDeviceRows } from '../../../../../views/access';
import { rowsEqual } from '../../../../../views/equality';
import { formatDateTime } from '../../../../../views/portal-dates';
import { FeedbackBar, type Feedback } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';

/** Entra ID > Devices > All devices: join type, owner, compliance and activity; Enable, Disable and Delete. */
export default function DevicesPage() {
  const styles = useListStyles();
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
      <Text className={styles.muted}>{rows.length === 1 ? '1 device found' : `${rows.length} devices found`}</Text>
      <div className={styles.surface}>
        <Table aria-label="All devices" size="small">
          <TableHeader>
            <TableRow>
              <TableSelectionCell type="checkbox" checked={rows.length > 0 && rows.every((row) => selected.has(row.id))} onClick={() => setSelected(rows.every((row) => selected.has(row.id)) ? new Set() : new Set(rows.map((row) => row.id)))} checkboxIndicator={{ 'aria-label': 'Select all devices' }} />
              <TableHeaderCell>Name</TableHeaderCell>
              <TableHeaderCell>Enabled</TableHeaderCell>
              <TableHeaderCell>OS</TableHeaderCell>
              <TableHeaderCell>Version</TableHeaderCell>
              <TableHeaderCell>Join type</TableHeaderCell>
              <TableHeaderCell>Owner</TableHeaderCell>
              <TableHeaderCell>Compliant</TableHeaderCell>
              <TableHeaderCell>Activity</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id} aria-selected={selected.has(row.id)}>
                <TableSelectionCell
                  type="checkbox"
                  checked={selected.has(row.id)}
                  onClick={() =>
                    setSelected((current) => {
                      const next = new Set(current);
                      if (!next.delete(row.id)) next.add(row.id);
                      return next;
                    })
                  }
                  checkboxIndicator={{ 'aria-label': `Select ${row.displayName}` }}
                />
                <TableCell>{row.displayName}</TableCell>
                <TableCell>{row.enabled}</TableCell>
                <TableCell>{row.operatingSystem}</TableCell>
                <TableCell>{row.version}</TableCell>
                <TableCell>{row.joinType}</TableCell>
                <TableCell>{row.owner}</TableCell>
                <TableCell>{row.compliant}</TableCell>
                <TableCell>{row.activity ? formatDateTime(row.activity) : ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {rows.length === 0 && <Text>No devices found.</Text>}
      </div>
    </Page>
  );
}
