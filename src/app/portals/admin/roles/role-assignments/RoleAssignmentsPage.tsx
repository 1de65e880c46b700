import { Badge, Link, MessageBar, MessageBarBody, SearchBox, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useDeferredValue, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { RoleTemplate } from '../../../../../tenant';
import { Page } from '../../../../shell/Page';
import { ListTable } from '../../../../kit/ListTable';
import { useListStyles } from '../../../../kit/list-styles';
import { RoleFlyout } from './RoleFlyout';
import { CATEGORIZED_ROLES, ROLE_TABS, roleTabById, SUGGESTED_ROLES } from './role-tabs';
import { roleAssignmentsPath } from '../../paths';

type View = 'suggested' | 'all' | 'category';

const useStyles = makeStyles({
  footer: { display: 'flex', gap: tokens.spacingHorizontalL, paddingTop: tokens.spacingVerticalS },
  category: { margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

function RoleTable({ label, roles, onOpen }: { readonly label: string; readonly roles: readonly RoleTemplate[]; readonly onOpen: (role: RoleTemplate) => void }) {
  const list = useListStyles();
  return (
    <ListTable
      label={label}
      rows={roles}
      rowId={(role) => role.id}
      onOpen={onOpen}
      columns={[
        {
          id: 'role',
          header: 'Role',
          width: '30%',
          cell: (role, { openLink }) => (
            <span className={list.nameCell}>
              {openLink(role.displayName)}
              {role.isPrivileged && (
                <Badge appearance="tint" color="warning" size="small">
                  Privileged
                </Badge>
              )}
            </span>
          ),
          sortValue: (role) => role.displayName,
        },
        { id: 'description', header: 'Description', cell: (role) => role.description },
      ]}
    />
  );
}

/**
 * Roles > Role assignments: a tab per admin center (Microsoft Entra ID, Exchange, Intune, Billing),
 * the roles with their descriptions, and each role's flyout (deep link `/admin/roles/<role id>`).
 */
export default function RoleAssignmentsPage() {
  const styles = useStyles();
  const list = useListStyles();
  const navigate = useNavigate();
  const { roleId } = useParams();
  const [params] = useSearchParams();
  const tab = roleTabById(params.get('tab'));
  const [view, setView] = useState<View>('suggested');
  const [query, setQuery] = useState('');
  const needle = useDeferredValue(query).trim().toLowerCase();
  const tabParam = tab === ROLE_TABS[0] ? undefined : tab.id;
  const open = (role: RoleTemplate) => navigate(roleAssignmentsPath(tabParam, role.id));

  const searching = needle !== '';
  const roles = searching
    ? tab.roles.filter((role) => role.displayName.toLowerCase().includes(needle) || role.description.toLowerCase().includes(needle))
    : tab.id === 'entra' && view === 'suggested'
      ? SUGGESTED_ROLES
      : tab.roles;

  return (
    <Page>
      <TabList selectedValue={tab.id} onTabSelect={(_, data) => navigate(roleAssignmentsPath(data.value === 'entra' ? undefined : String(data.value)))} aria-label="Role assignments">
        {ROLE_TABS.map((each) => (
          <Tab key={each.id} value={each.id}>
            {each.label}
          </Tab>
        ))}
      </TabList>
      <Text>Admin roles give users permission to view data and complete tasks in admin centers. Give users only the access they need by assigning the least-permissive role.</Text>
      {tab.notInLab && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{tab.notInLab}</MessageBarBody>
        </MessageBar>
      )}
      <div className={list.bar}>
        <Text className={list.muted}>{roles.length === 1 ? '1 role' : `${roles.length} roles`}</Text>
        <SearchBox className={list.search} placeholder="Search for roles" aria-label="Search for roles" value={query} onChange={(_, data) => setQuery(data.value)} />
      </div>
      {tab.id === 'entra' && !searching && view === 'category' ? (
        CATEGORIZED_ROLES.map((category) => (
          <section key={category.name} aria-label={category.name}>
            <h2 className={styles.category}>{category.name}</h2>
            <RoleTable label={category.name} roles={category.roles} onOpen={open} />
          </section>
        ))
      ) : (
        <RoleTable label={tab.label} roles={roles} onOpen={open} />
      )}
      {roles.length === 0 && <Text>No roles match your search.</Text>}
      {tab.id === 'entra' && !searching && (
        <div className={styles.footer}>
          {view !== 'suggested' && (
            <Link as="button" onClick={() => setView('suggested')}>
              Show suggested roles
            </Link>
          )}
          {view !== 'all' && (
            <Link as="button" onClick={() => setView('all')}>
              Show all roles
            </Link>
          )}
          {view !== 'category' && (
            <Link as="button" onClick={() => setView('category')}>
              Show all by category
            </Link>
          )}
        </div>
      )}
      {roleId && <RoleFlyout key={roleId} roleId={roleId} onClose={() => navigate(roleAssignmentsPath(tabParam))} />}
    </Page>
  );
}
