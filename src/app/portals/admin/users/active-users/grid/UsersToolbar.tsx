import {
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  SearchBox,
  Text,
  Toolbar,
  ToolbarButton,
  tokens,
  type MenuProps,
} from '@fluentui/react-components';
import {
  ArrowClockwiseRegular,
  ArrowDownloadRegular,
  ColumnTripleEditRegular,
  DismissRegular,
  FilterRegular,
  KeyResetRegular,
  MoreHorizontalRegular,
  PeopleAddRegular,
  PersonAddRegular,
  PersonDeleteRegular,
} from '@fluentui/react-icons';
import { memo } from 'react';
import { useNavigate } from 'react-router';
import { markSearchInput } from './paint-marks';
import type { ActiveUsersState } from './useActiveUsers';
import { USER_VIEWS, viewById, type UserViewId } from './views';
import { adminPaths } from '../../../paths';

/** What a toolbar command asks the page to open or do on the selected users. */
export type ToolbarAction = 'delete' | 'resetPassword' | 'export' | 'refresh' | 'signInStatus' | 'licenses' | 'roles' | 'columns';

export const useToolbarStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalM },
  toolbar: { flexWrap: 'wrap', marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  right: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  search: { width: '260px' },
  selected: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

interface CommandBarProps {
  readonly selectedCount: number;
  readonly onAction: (action: ToolbarAction) => void;
}

/**
 * The command bar over Active users. The commands that act on users need a selection; they stay
 * focusable while disabled so a keyboard user still finds them. "User templates" and
 * "Multifactor authentication" are left out: the sandbox simulates neither. Memoised: typing in
 * the search box does not re-render it.
 */
export const UsersCommandBar = memo(function UsersCommandBar({ selectedCount: count, onAction }: CommandBarProps) {
  const styles = useToolbarStyles();
  const navigate = useNavigate();
  const none = count === 0;
  return (
    <Toolbar aria-label="Active users commands" className={styles.toolbar}>
      <ToolbarButton icon={<PersonAddRegular />} onClick={() => navigate(adminPaths.addUser)}>
        Add a user
      </ToolbarButton>
      <ToolbarButton icon={<PeopleAddRegular />} onClick={() => navigate(adminPaths.addMultipleUsers)}>
        Add multiple users
      </ToolbarButton>
      <ToolbarButton icon={<PersonDeleteRegular />} disabledFocusable={none} onClick={() => onAction('delete')}>
        {count > 1 ? 'Delete users' : 'Delete a user'}
      </ToolbarButton>
      <ToolbarButton icon={<ArrowClockwiseRegular />} onClick={() => onAction('refresh')}>
        Refresh
      </ToolbarButton>
      <ToolbarButton icon={<KeyResetRegular />} disabledFocusable={none} onClick={() => onAction('resetPassword')}>
        Reset password
      </ToolbarButton>
      <ToolbarButton icon={<ArrowDownloadRegular />} onClick={() => onAction('export')}>
        Export users
      </ToolbarButton>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <ToolbarButton aria-label="More actions" icon={<MoreHorizontalRegular />} />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem disabled={none} onClick={() => onAction('signInStatus')}>
              Edit sign-in status
            </MenuItem>
            <MenuItem disabled={none} onClick={() => onAction('licenses')}>
              Manage product licenses
            </MenuItem>
            <MenuItem disabled={count !== 1} onClick={() => onAction('roles')}>
              Manage roles
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </Toolbar>
  );
});

interface ListControlsProps {
  readonly state: ActiveUsersState;
  readonly onAction: (action: ToolbarAction) => void;
}

/** The selection count, the filter views, the search box and "Choose columns", right of the commands. */
export function UsersListControls({ state, onAction }: ListControlsProps) {
  const styles = useToolbarStyles();
  const count = state.selectedIds.length;
  const onViewChange: MenuProps['onCheckedValueChange'] = (_event, data) => {
    const view = data.checkedItems[0] as UserViewId | undefined;
    if (view) state.setViewId(view);
  };
  return (
    <div className={styles.right}>
      {count > 0 && (
        <span className={styles.selected}>
          <Text role="status">{count} selected</Text>
          <Button appearance="transparent" size="small" icon={<DismissRegular />} aria-label="Clear selection" onClick={state.clearSelection} />
        </span>
      )}
      <Menu checkedValues={{ view: [state.viewId] }} onCheckedValueChange={onViewChange}>
        <MenuTrigger disableButtonEnhancement>
          <Button appearance="subtle" icon={<FilterRegular />} aria-label={`Filter: ${viewById(state.viewId).label}`}>
            {state.viewId === 'all' ? 'Filter' : viewById(state.viewId).label}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {USER_VIEWS.map((view) => (
              <MenuItemRadio key={view.id} name="view" value={view.id}>
                {view.label}
              </MenuItemRadio>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <SearchBox
        className={styles.search}
        placeholder="Search active users list"
        aria-label="Search active users list"
        value={state.search}
        onChange={(_event, data) => {
          markSearchInput();
          state.setSearch(data.value);
        }}
      />
      <Button appearance="subtle" icon={<ColumnTripleEditRegular />} onClick={() => onAction('columns')}>
        Choose columns
      </Button>
    </div>
  );
}
