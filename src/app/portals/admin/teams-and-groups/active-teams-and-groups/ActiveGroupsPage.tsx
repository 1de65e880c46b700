import { SearchBox, Tab, TabList, Text, Toolbar, ToolbarButton, makeStyles, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { AddRegular, ArrowClockwiseRegular, ArrowDownloadRegular } from '@fluentui/react-icons';
import { useDeferredValue, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { GroupKind } from '../../../../../tenant';
import { rowsEqual } from '../../../../../views/equality';
import { selectGroupRows, type GroupRow } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { useSharedStyles } from '../../../../shell/shared-styles';
import { useTenant } from '../../../../tenant-context';
import { DeleteGroupDialog, type GroupToDelete } from './DeleteGroupDialog';
import { GroupDetailsPane } from './details/GroupDetailsPane';
import { GROUP_TABS, groupsCsv, tabById, type GroupsTab } from './group-tabs';
import { GroupsTable } from './GroupsTable';
import { AddGroupWizard } from './wizard/AddGroupWizard';
import { activeGroupsPath } from '../../paths';

const useStyles = makeStyles({
  bar: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  search: { minWidth: '240px' },
});

function matches(row: GroupRow, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return needle === '' || row.displayName.toLowerCase().includes(needle) || (row.mail?.toLowerCase().includes(needle) ?? false);
}

/** "Export": the tab's list as a CSV download, as the admin center offers it. */
function download(tab: GroupsTab, rows: readonly GroupRow[]): void {
  const url = URL.createObjectURL(new Blob([groupsCsv(tab, rows)], { type: 'text/csv' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = `${tab.label}.csv`;
  anchor.click();
  URL.revokeObjectURL(url);
}

/**
 * Teams & groups > Active teams & groups: one tab per kind, the "Add a …" wizards, each group's
 * details pane (deep link `/admin/groups/<id>`), and Delete group.
 */
export default function ActiveGroupsPage() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const navigate = useNavigate();
  const { groupId } = useParams();
  const [searchParams] = useSearchParams();
  const tab = tabById(searchParams.get('tab'));
  const groups = useTenant(selectGroupRows, rowsEqual);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [adding, setAdding] = useState<GroupKind | null>(null);
  const [deleting, setDeleting] = useState<GroupToDelete | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Panes and dialogs give focus back to the button that opened them when they close.
  const opener = useRestoreFocusTarget();

  const rows = groups.filter((row) => tab.types.includes(row.groupType) && matches(row, deferredQuery));
  const tabParam = tab === GROUP_TABS[0] ? undefined : tab.id;
  const listPath = activeGroupsPath(tabParam);
  const deleteRow = (row: GroupRow) =>
    setDeleting({ id: row.id, displayName: row.displayName, restorable: row.groupType === 'Microsoft 365' });

  return (
    <Page>
      <TabList selectedValue={tab.id} onTabSelect={(_, data) => navigate(activeGroupsPath(data.value === GROUP_TABS[0]!.id ? undefined : String(data.value)))}>
        {GROUP_TABS.map((each) => (
          <Tab key={each.id} value={each.id}>
            {each.label}
          </Tab>
        ))}
      </TabList>
      <div className={styles.bar}>
        <Toolbar aria-label={`${tab.label} actions`}>
          {tab.add.map((add) => (
            <ToolbarButton key={add.kind} icon={<AddRegular />} onClick={() => setAdding(add.kind)} {...opener}>
              {add.label}
            </ToolbarButton>
          ))}
          <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => setAnnouncement(`The list of ${tab.label.toLowerCase()} is up to date.`)}>
            Refresh
          </ToolbarButton>
          <ToolbarButton icon={<ArrowDownloadRegular />} onClick={() => download(tab, rows)}>
            Export
          </ToolbarButton>
        </Toolbar>
        <SearchBox className={styles.search} placeholder="Search" aria-label={`Search ${tab.label}`} value={query} onChange={(_, data) => setQuery(data.value)} />
      </div>
      <Text className={shared.muted}>{rows.length === 1 ? '1 item' : `${rows.length} items`}</Text>
      <GroupsTable tab={tab} rows={rows} opener={opener} onOpen={(row) => navigate(activeGroupsPath(tabParam, row.id))} onDelete={deleteRow} />
      <div role="status" className={shared.visuallyHidden}>
        {announcement}
      </div>
      {adding && <AddGroupWizard kind={adding} onClose={() => setAdding(null)} />}
      {groupId && (
        <GroupDetailsPane key={groupId} groupId={groupId} onClose={() => navigate(listPath)} />
      )}
      {deleting && (
        <DeleteGroupDialog group={deleting} onClose={() => setDeleting(null)} />
      )}
    </Page>
  );
}
