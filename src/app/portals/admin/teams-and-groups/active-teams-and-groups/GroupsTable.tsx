import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, makeStyles, tokens, type useRestoreFocusTarget } from '@fluentui/react-components';
import { DeleteRegular, MoreVerticalRegular } from '@fluentui/react-icons';
import type { GroupRow } from '../../../../../views/groups';
import { ListTable, type ListColumn } from '../../../../kit/ListTable';
import { columnText, COLUMN_HEADERS, type GroupsTab } from './group-tabs';

const useStyles = makeStyles({
  name: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface GroupsTableProps {
  readonly tab: GroupsTab;
  readonly rows: readonly GroupRow[];
  readonly onOpen: (row: GroupRow) => void;
  readonly onDelete: (row: GroupRow) => void;
  /** Marks the buttons that open a pane or dialog, so it gives focus back to them (`useRestoreFocusTarget`). */
  readonly opener: ReturnType<typeof useRestoreFocusTarget>;
}

/** One tab's list: names open the details pane; each row's "More actions" offers Delete group. */
export function GroupsTable({ tab, rows, onOpen, onDelete, opener }: GroupsTableProps) {
  const styles = useStyles();
  const columns = tab.columns.map(
    (column): ListColumn<GroupRow> =>
      column === 'name'
        ? {
            id: column,
            header: COLUMN_HEADERS[column],
            width: '32%',
            cell: (row, { openLink }) => (
              <span className={styles.name}>
                {openLink(row.displayName)}
                <Menu>
                  <MenuTrigger disableButtonEnhancement>
                    <Button appearance="subtle" size="small" icon={<MoreVerticalRegular />} aria-label={`More actions for ${row.displayName}`} {...opener} />
                  </MenuTrigger>
                  <MenuPopover>
                    <MenuList>
                      <MenuItem icon={<DeleteRegular />} onClick={() => onDelete(row)}>
                        Delete group
                      </MenuItem>
                    </MenuList>
                  </MenuPopover>
                </Menu>
              </span>
            ),
          }
        : { id: column, header: COLUMN_HEADERS[column], cell: (row) => columnText(row, column) },
  );
  return <ListTable label={tab.label} rows={rows} rowId={(row) => row.id} columns={columns} empty="No groups to show." onOpen={onOpen} />;
}
