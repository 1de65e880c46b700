import { MessageBar, MessageBarBody, SearchBox, Text, Toolbar, ToolbarButton } from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useDeferredValue, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { entraGroupPath, entraPaths } from '../../paths';
import { rowsEqual } from '../../../../../views/equality';
import { selectGroupRows, type GroupRow } from '../../../../../views/groups';
import { Page } from '../../../../shell/Page';
import { RouterLink } from '../../../../shell/RouterLink';
import { useTenant } from '../../../../tenant-context';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { useEntraStyles } from './entra-styles';

/** Entra's Group type column says "Distribution" where the admin center says "Distribution list". */
function entraGroupType(group: GroupRow): string {
  return group.groupType === 'Distribution list' ? 'Distribution' : group.groupType;
}

function matches(row: GroupRow, query: string): boolean {
  const needle = query.trim().toLowerCase();
  return needle === '' || row.displayName.toLowerCase().includes(needle) || row.id.startsWith(needle) || (row.mail?.toLowerCase().includes(needle) ?? false);
}

const columns: readonly ListColumn<GroupRow>[] = [
  { id: 'name', header: 'Name', cell: (row) => <RouterLink to={entraGroupPath(row.id)}>{row.displayName}</RouterLink> },
  { id: 'id', header: 'Object Id', cell: (row) => row.id },
  { id: 'type', header: 'Group type', cell: entraGroupType },
  { id: 'membership', header: 'Membership type', cell: (row) => (row.dynamic ? 'Dynamic' : 'Assigned') },
  { id: 'mail', header: 'Email', cell: (row) => row.mail ?? '' },
];

/** What the New group page hands back after creating a group, for the notification. */
export interface GroupsPageNotice {
  readonly notice: string;
}

function isNotice(state: unknown): state is GroupsPageNotice {
  return typeof state === 'object' && state !== null && typeof (state as GroupsPageNotice).notice === 'string';
}

/** Entra ID > Groups > All groups: search, New group, and each group's blade. */
export default function AllGroupsPage() {
  const styles = useEntraStyles();
  const navigate = useNavigate();
  const location = useLocation();
  const groups = useTenant(selectGroupRows, rowsEqual);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const rows = groups.filter((row) => matches(row, deferredQuery));
  const notice = isNotice(location.state) ? location.state.notice : null;
  return (
    <Page title="Groups | All groups">
      <Toolbar aria-label="All groups actions">
        <ToolbarButton icon={<AddRegular />} onClick={() => navigate(entraPaths.newGroup)}>
          New group
        </ToolbarButton>
      </Toolbar>
      {notice && (
        <MessageBar intent="success" layout="multiline" politeness="polite">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.bar}>
        <SearchBox placeholder="Search" aria-label="Search groups" value={query} onChange={(_, data) => setQuery(data.value)} />
        <Text className={styles.muted}>{rows.length === 1 ? '1 group found' : `${rows.length} groups found`}</Text>
      </div>
      <ListTable label="All groups" rows={rows} rowId={(row) => row.id} columns={columns} empty="No groups found." />
    </Page>
  );
}
