import {
  Button,
  Link,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
  type useRestoreFocusTarget,
} from '@fluentui/react-components';
import { DeleteRegular, MoreVerticalRegular } from '@fluentui/react-icons';
import type { GroupRow } from '../../../../../views/groups';
import { columnText, COLUMN_HEADERS, type GroupsTab } from './group-tabs';

const useStyles = makeStyles({
  surface: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2, padding: tokens.spacingHorizontalS },
  name: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  empty: { padding: tokens.spacingVerticalL },
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
  return (
    <div className={styles.surface}>
      <Table aria-label={tab.label} size="small">
        <TableHeader>
          <TableRow>
            {tab.columns.map((column) => (
              <TableHeaderCell key={column} style={column === 'name' ? { width: '32%' } : undefined}>
                {COLUMN_HEADERS[column]}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              {tab.columns.map((column) =>
                column === 'name' ? (
                  <TableCell key={column}>
                    <span className={styles.name}>
                      <Link as="button" onClick={() => onOpen(row)} {...opener}>
                        {row.displayName}
                      </Link>
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
                  </TableCell>
                ) : (
                  <TableCell key={column}>{columnText(row, column)}</TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {rows.length === 0 && <Text className={styles.empty}>No groups to show.</Text>}
    </div>
  );
}
