import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TableSelectionCell,
  Text,
  Toolbar,
  ToolbarButton,
} from '@fluentui/react-components';
import { DeleteRegular, PeopleAddRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { RoleTemplate } from '../../../../../tenant';
import { scopeLabel, searchRoleAssignableGroups } from '../../../../../views/role-management';
import { useSharedStyles } from '../../../../shell/shared-styles';
import { PeoplePicker } from '../../../../kit/PeoplePicker';
import { FeedbackBar, OutcomeList } from '../../../../kit/Feedback';
import { useListStyles } from '../../../../kit/list-styles';
import { GroupPicker } from '../common/GroupPicker';
import { ROLE_ASSIGNABLE_ONLY } from '../../../shared/roles/role-wording';
import { useAssignedAdmins } from './useAssignedAdmins';

type Picking = 'users' | 'groups' | 'remove' | null;

/** The role flyout's "Assigned" tab: the admins with their scope, "Add users", "Add groups", "Remove". */
export function AssignedTab({ role }: { readonly role: RoleTemplate }) {
  const list = useListStyles();
  const shared = useSharedStyles();
  const state = useAssignedAdmins(role.id);
  const [picking, setPicking] = useState<Picking>(null);
  const { outcomes } = state;
  const failed = outcomes?.items.filter((item) => item.error) ?? [];
  const assignedIds = new Set(state.rows.filter((row) => row.directoryScopeId === '/').map((row) => row.principalId));

  if (picking === 'users') {
    return (
      <PeoplePicker
        title={`Add users to ${role.displayName}`}
        confirmLabel={(count) => (count > 0 ? `Add (${count})` : 'Add')}
        exclude={assignedIds}
        onConfirm={(people) => {
          state.add(people);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
      />
    );
  }
  if (picking === 'groups') {
    return (
      <GroupPicker
        title={`Add groups to ${role.displayName}`}
        intro={ROLE_ASSIGNABLE_ONLY}
        search={searchRoleAssignableGroups}
        exclude={assignedIds}
        onConfirm={(groups) => {
          state.add(groups);
          setPicking(null);
        }}
        onCancel={() => setPicking(null)}
      />
    );
  }
  return (
    <>
      <Toolbar aria-label="Assigned actions">
        <ToolbarButton icon={<PersonAddRegular />} onClick={() => setPicking('users')}>
          Add users
        </ToolbarButton>
        <ToolbarButton icon={<PeopleAddRegular />} onClick={() => setPicking('groups')}>
          Add groups
        </ToolbarButton>
        <ToolbarButton icon={<DeleteRegular />} disabled={state.selected.size === 0} onClick={() => setPicking('remove')}>
          Remove
        </ToolbarButton>
      </Toolbar>
      {outcomes &&
        (failed.length === 0 ? (
          <FeedbackBar
            feedback={{ ok: true, message: outcomes.verb === 'added' ? `${role.displayName} was assigned to ${outcomes.items.map((item) => item.name).join(', ')}.` : `${role.displayName} was removed from ${outcomes.items.map((item) => item.name).join(', ')}.` }}
          />
        ) : (
          <>
            <FeedbackBar feedback={{ ok: false, title: outcomes.verb === 'added' ? "The role wasn't assigned" : "The role wasn't removed", message: failed[0]!.error! }} />
            {outcomes.items.length > 1 && <OutcomeList outcomes={outcomes.items} success={outcomes.verb === 'added' ? 'Role assigned.' : 'Role removed.'} />}
          </>
        ))}
      {picking === 'remove' && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Remove admins?</MessageBarTitle>
            {state.selected.size === 1 ? 'The selected admin loses' : `The ${state.selected.size} selected admins lose`} the {role.displayName} role and the permissions that come with it.
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              onClick={() => {
                state.remove();
                setPicking(null);
              }}
            >
              Remove
            </Button>
            <Button onClick={() => setPicking(null)}>Cancel</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Text className={list.muted}>{state.rows.length === 1 ? '1 admin' : `${state.rows.length} admins`}</Text>
      <Table aria-label={`Admins assigned to ${role.displayName}`} size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '44px' }}>
              <span className={shared.visuallyHidden}>Select</span>
            </TableHeaderCell>
            <TableHeaderCell>Name</TableHeaderCell>
            <TableHeaderCell>Type</TableHeaderCell>
            <TableHeaderCell>Scope</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {state.rows.map((row) => {
            // An activation ends on its own or in PIM; only standing assignments are removed here.
            const removable = row.assignmentType === 'Assigned';
            return (
              <TableRow key={row.sourceId}>
                <TableSelectionCell
                  type="checkbox"
                  invisible={!removable}
                  checked={state.selected.has(row.sourceId)}
                  onClick={() => removable && state.toggle(row.sourceId)}
                  checkboxIndicator={{ 'aria-label': `Select ${row.displayName}`, disabled: !removable }}
                />
                <TableCell>
                  {row.displayName}
                  {row.userPrincipalName && (
                    <>
                      <br />
                      <span className={list.muted}>{row.userPrincipalName}</span>
                    </>
                  )}
                </TableCell>
                <TableCell>{row.assignmentType === 'Activated' ? `${row.principalType} (activated in PIM)` : row.principalType}</TableCell>
                <TableCell>{scopeLabel(row)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      {state.rows.length === 0 && <Text>No one is assigned this role.</Text>}
    </>
  );
}
