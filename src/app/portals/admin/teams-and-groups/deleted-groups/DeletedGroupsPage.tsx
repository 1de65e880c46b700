import { MessageBar, MessageBarBody, Text, ToolbarButton } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { TenantError } from '../../../../../tenant';
import { formatInstant } from '../../../../lab/format-instant';
import { rowsEqual } from '../../../../../views/equality';
import { selectDeletedGroupRows } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { useTenant, useTenantStore } from '../../../../tenant-context';
import { ListTable } from '../../../../kit/ListTable';
import { ListToolbar } from '../../../../kit/ListToolbar';
import { TenantErrorBar } from '../../../../kit/TenantErrorBar';

/**
 * Teams & groups > Deleted groups: Microsoft 365 groups deleted in the last 30 days (the only kind
 * that can be restored), with "Restore group".
 */
export default function DeletedGroupsPage() {
  const store = useTenantStore();
  const rows = useTenant(selectDeletedGroupRows, rowsEqual);
  const [selected, setSelected] = useState<string | null>(null);
  const [result, setResult] = useState<{ readonly restored: string } | { readonly error: TenantError } | null>(null);
  const chosen = rows.find((row) => row.id === selected);

  const restore = () => {
    if (!chosen) return;
    const answer = store.send({ type: 'group.restore', groupId: chosen.id });
    setResult(answer.ok ? { restored: chosen.displayName } : { error: answer.error });
    if (answer.ok) setSelected(null);
  };

  return (
    <Page>
      <Text>Microsoft 365 groups you delete stay here for 30 days; restore one to bring back its members, email address and content. Other kinds of group can't be restored.</Text>
      <ListToolbar label="Deleted groups actions">
        <ToolbarButton icon={<ArrowUndoRegular />} disabled={!chosen} onClick={restore}>
          Restore group
        </ToolbarButton>
      </ListToolbar>
      {result && 'restored' in result && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>{result.restored} was restored. It's back in Active teams & groups.</MessageBarBody>
        </MessageBar>
      )}
      {result && 'error' in result && <TenantErrorBar error={result.error} title="The group wasn't restored" />}
      {rows.length === 0 ? (
        <Text>There are no deleted groups.</Text>
      ) : (
        <ListTable
          label="Deleted groups"
          rows={rows}
          rowId={(row) => row.id}
          selection={{ single: true, selected: new Set(selected ? [selected] : []), onChange: (ids) => setSelected([...ids][0] ?? null), rowLabel: (row) => `Select ${row.displayName}` }}
          columns={[
            { id: 'name', header: 'Name', cell: (row) => row.displayName, sortValue: (row) => row.displayName },
            { id: 'mail', header: 'Email', cell: (row) => row.mail ?? '', sortValue: (row) => row.mail ?? '' },
            { id: 'deleted', header: 'Deleted on', cell: (row) => (row.deletedDateTime ? formatInstant(row.deletedDateTime) : ''), sortValue: (row) => row.deletedDateTime ?? '' },
            { id: 'purge', header: 'Permanently deleted on', cell: (row) => (row.purgeDateTime ? formatInstant(row.purgeDateTime) : ''), sortValue: (row) => row.purgeDateTime ?? '' },
          ]}
        />
      )}
    </Page>
  );
}
