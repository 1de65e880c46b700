import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { entities, type Tenant } from '../../../../../tenant';
import { Page } from '../../../../shell/Page';
import { useTenant } from '../../../../tenant-context';
import { downloadCsv, usersCsv } from './grid/export-users';
import { usePaintMarks } from './grid/paint-marks';
import { useActiveUsers } from './grid/useActiveUsers';
import { UsersGrid } from './grid/UsersGrid';
import { UsersCommandBar, UsersListControls, useToolbarStyles, type ToolbarAction } from './grid/UsersToolbar';
import type { UserAction } from './panes/ActionFlyout';
import { adminPaths } from '../../paths';

// The flyouts load on first use: the list is what the first render needs.
const ActionFlyout = lazy(() => import('./panes/ActionFlyout'));
const UserDetailsPanel = lazy(() => import('./panel/UserDetailsPanel'));

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  count: { color: tokens.colorNeutralForeground3 },
});

/** The tenant's name before `.onmicrosoft.com`, which the export writes before each license. */
function selectTenantPrefix(tenant: Tenant): string {
  for (const domain of entities(tenant.domains.domains)) if (domain.isInitial) return domain.id.split('.')[0]!;
  return tenant.organization.displayName;
}

/**
 * Users > Active users: the command bar, the list (filter views, search, sort, columns,
 * selection) and, at `/admin/users/<id>`, the user's details flyout over it. The list keeps its
 * state while the flyout opens and closes: both deep links render this same page.
 */
export default function ActiveUsersPage() {
  const styles = useStyles();
  const toolbarStyles = useToolbarStyles();
  const { userId } = useParams();
  const navigate = useNavigate();
  const state = useActiveUsers();
  const tenantPrefix = useTenant(selectTenantPrefix);
  const [action, setAction] = useState<UserAction | null>(null);
  usePaintMarks(state.rows.length, state.search);

  // The commands read the list as it is when clicked; through this the command bar's handler
  // stays the same function, so typing in the search box does not re-render the bar.
  const latest = useRef({ rows: state.rows, selectedIds: state.selectedIds, clearSelection: state.clearSelection, tenantPrefix });
  useLayoutEffect(() => {
    latest.current = { rows: state.rows, selectedIds: state.selectedIds, clearSelection: state.clearSelection, tenantPrefix };
  });

  const onAction = useCallback((toolbarAction: ToolbarAction) => {
    const { rows, selectedIds: userIds, clearSelection, tenantPrefix: prefix } = latest.current;
    switch (toolbarAction) {
      case 'export':
        downloadCsv('Users.csv', usersCsv(rows, prefix));
        return;
      case 'refresh':
        clearSelection();
        return;
      case 'columns':
        setAction({ kind: 'columns' });
        return;
      case 'resetPassword':
      case 'delete':
      case 'signInStatus':
      case 'licenses':
      case 'roles':
        setAction({ kind: toolbarAction, userIds });
    }
  }, []);

  const onResetPassword = useCallback((id: string) => setAction({ kind: 'resetPassword', userIds: [id] }), []);
  const closeAction = () => {
    if (action?.kind === 'delete') state.clearSelection();
    setAction(null);
  };

  return (
    <Page>
      <div className={styles.list}>
        <div className={toolbarStyles.bar}>
          <UsersCommandBar selectedCount={state.selectedIds.length} onAction={onAction} />
          <UsersListControls state={state} onAction={onAction} />
        </div>
        <Text className={styles.count} aria-live="polite">
          {state.rows.length === state.total ? `${state.total.toLocaleString('en-US')} users` : `${state.rows.length.toLocaleString('en-US')} of ${state.total.toLocaleString('en-US')} users`}
        </Text>
        <UsersGrid state={state} onResetPassword={onResetPassword} />
      </div>
      <Suspense fallback={null}>
        {action && <ActionFlyout action={action} columns={state.columns} onColumnsChange={state.setColumns} onClose={closeAction} />}
        {userId && <UserDetailsPanel key={userId} userId={userId} onClose={() => navigate(adminPaths.activeUsers)} />}
      </Suspense>
    </Page>
  );
}
